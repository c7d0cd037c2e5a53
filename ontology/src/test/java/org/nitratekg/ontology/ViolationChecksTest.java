package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code checks/*-violation.rq} query returns no rows over the ontology and the usage found in the sources. */
class ViolationChecksTest {
    private static final Path CHECKS = OwlApiLoader.ONTOLOGY_DIR.resolve("checks");
    private static final Path PROJECT = OwlApiLoader.ONTOLOGY_DIR.getParent();

    static Stream<Path> checks() throws IOException {
        return Files.list(CHECKS).filter(p -> p.getFileName().toString().endsWith("-violation.rq")).sorted();
    }

    /** The ontology plus the usage facts of the loader's main sources, the named queries and the SHACL shapes. */
    private static Model ontologyAndUsage() {
        Model data = NkgOntology.ontology();
        data.add(UsedTerms.scan(PROJECT, List.of(PROJECT.resolve("loader/src/main/java"), PROJECT.resolve("queries"),
                OwlApiLoader.ONTOLOGY_DIR.resolve("nkg-shapes.ttl"))));
        return data;
    }

    /** The rows a check returns, each rendered as "var=value ..." so a failure names the offending terms. */
    static List<String> run(Path check, Model data) throws IOException {
        String query = Files.readString(check, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(data).query(query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                StringBuilder line = new StringBuilder();
                results.getResultVars().forEach(v -> line.append(v).append('=').append(row.get(v)).append(' '));
                rows.add(line.toString().strip());
            }
        }
        return rows;
    }

    @Test
    void theChecksAreThere() throws IOException {
        assertThat(checks().map(p -> p.getFileName().toString())).contains(
                "missing-label-violation.rq", "missing-definition-violation.rq", "undeclared-term-violation.rq");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void checkFindsNoViolation(Path check) throws IOException {
        assertThat(run(check, ontologyAndUsage())).as(check.getFileName() + " violations").isEmpty();
    }

    @Test
    void removingALabelFromACopyFailsTheMissingLabelCheck() throws IOException {
        Model copy = NkgOntology.ontology();
        Resource catalyst = copy.getResource(NKG.Catalyst.getURI());
        copy.removeAll(catalyst, RDFS.label, null);
        assertThat(run(CHECKS.resolve("missing-label-violation.rq"), copy)).containsExactly("term=" + NKG.Catalyst);
    }

    @Test
    void removingADefinitionFromACopyFailsTheMissingDefinitionCheck() throws IOException {
        Model copy = NkgOntology.ontology();
        copy.removeAll(copy.getResource(NKG.hasMotif.getURI()), SKOS.definition, null);
        assertThat(run(CHECKS.resolve("missing-definition-violation.rq"), copy)).containsExactly("term=" + NKG.hasMotif);
    }

    @Test
    void aTermUsedInAQueryButNotDeclaredFailsTheUndeclaredCheck() throws IOException {
        Model data = NkgOntology.ontology();
        UsedTerms.addUses(data, "queries/example.rq",
                "PREFIX nkg: <" + NKG.NS + ">\nSELECT * { ?c a nkg:Catalyst ; nkg:hasMotiff ?m . ?u a nkgu:MilliA-PER-CentiM2 }");
        assertThat(run(CHECKS.resolve("undeclared-term-violation.rq"), data))
                .containsExactly("term=" + NKG.NS + "hasMotiff foundIn=queries/example.rq");
    }

    @Test
    void theScanFindsTheTermsTheNamedQueriesUse() {
        Model usage = UsedTerms.scan(PROJECT, List.of(PROJECT.resolve("queries")));
        assertThat(usage.listObjectsOfProperty(UsedTerms.USES_TERM).toList())
                .contains(NKG.Reference, NKG.referenceNumber);
    }

    @Test
    void theShapesAreScannedToo() {
        Model usage = UsedTerms.scan(PROJECT, List.of(OwlApiLoader.ONTOLOGY_DIR.resolve("nkg-shapes.ttl")));
        assertThat(usage.listObjectsOfProperty(UsedTerms.USES_TERM).toList())
                .contains(NKG.FaradaicEfficiency, NKG.derivedFromPart, NkgUnits.MilliA_PER_CentiM2);
    }

    @Test
    void javaConcatenationsAreScannedToo() {
        Model usage = ModelFactory.createDefaultModel();
        UsedTerms.addUses(usage, "X.java", "Resource r = model.createResource(NKG.NS + \"Paragraph\");");
        assertThat(usage.listObjectsOfProperty(UsedTerms.USES_TERM).toList()).containsExactly(NKG.Paragraph);
    }
}
