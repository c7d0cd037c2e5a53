package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * Counts the ontology's own terms, prints them, and checks that ontology/README.md quotes the same numbers.
 * Print them with: {@code mvn -B -q -pl ontology -am test -Dtest=OntologyCountsTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OntologyCountsTest {

    static Map<String, Long> counts() {
        Model m = NkgOntology.ontology();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("classes", count(m, OWL.Class, NKG.NS));
        counts.put("object properties", count(m, OWL.ObjectProperty, NKG.NS));
        counts.put("datatype properties", count(m, OWL.DatatypeProperty, NKG.NS));
        counts.put("annotation properties", count(m, OWL.AnnotationProperty, NKG.NS));
        counts.put("named individuals", count(m, m.createResource(OWL.NS + "NamedIndividual"), NKG.NS));
        counts.put("local units", count(m, ResourceFactory.createResource(NkgUnits.QUDT_NS + "Unit"), NkgUnits.NS));
        counts.put("imported terms", NkgOntology.ontologyWithImports().listSubjectsWithProperty(RDF.type)
                .filterKeep(r -> r.isURIResource() && !r.getURI().startsWith(NKG.NS) && !r.getURI().startsWith(NkgUnits.NS)
                        && !r.getURI().startsWith("https://w3id.org/nitrate-kg/"))
                .toList().size() * 1L);
        return counts;
    }

    private static long count(Model m, Resource type, String namespace) {
        return m.listSubjectsWithProperty(RDF.type, type).filterKeep(r -> r.isURIResource() && r.getURI().startsWith(namespace))
                .toList().size();
    }

    @Test
    void readmeQuotesTheCurrentCounts() throws IOException {
        Map<String, Long> counts = counts();
        counts.forEach((k, v) -> System.out.println("nkg " + k + ": " + v));
        String readme = Files.readString(OwlApiLoader.ONTOLOGY_DIR.resolve("README.md"), StandardCharsets.UTF_8);
        counts.forEach((kind, n) -> assertThat(readme).as("README count of " + kind).contains("| " + kind + " | " + n + " |"));
        assertThat(counts.get("classes")).isGreaterThan(60);
    }

    @Test
    void everyNkgTermTheReadmeNamesIsDeclared() throws IOException {
        String readme = Files.readString(OwlApiLoader.ONTOLOGY_DIR.resolve("README.md"), StandardCharsets.UTF_8);
        Model data = NkgOntology.ontology();
        UsedTerms.addUses(data, "ontology/README.md", readme);
        assertThat(ViolationChecksTest.run(OwlApiLoader.ONTOLOGY_DIR.resolve("checks/undeclared-term-violation.rq"), data))
                .as("terms named in README.md but not declared").isEmpty();
    }
}
