package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLOntology;

/**
 * The committed CHMO module is what the extractor makes from the CHMO release for the term list.
 * With {@code -Dnkg.chmo.write=true} the test rewrites the module instead of comparing (see ontology/README.md).
 */
class ChmoImportTest {
    private static final Path TERMS = OwlApiLoader.ONTOLOGY_DIR.resolve("imports/chmo_terms.txt");
    private static final Path MODULE = OwlApiLoader.ONTOLOGY_DIR.resolve("imports/chmo_import.ttl");

    /** The CHMO release: {@code -Dnkg.chmo.obo=PATH}, else the shared folder beside the repository. */
    private static Path chmoRelease() {
        String configured = System.getProperty("nkg.chmo.obo");
        return configured != null ? Path.of(configured)
                : OwlApiLoader.ONTOLOGY_DIR.resolve("../../shared/ontologies/chmo.obo").normalize();
    }

    @Test
    void committedModuleIsTheStarModuleOfTheTermList() throws Exception {
        Path release = chmoRelease();
        assumeTrue(Files.isReadable(release), "CHMO release not found at " + release);
        OWLOntology extracted = ChmoModuleExtractor.extract(release, ChmoModuleExtractor.readTerms(TERMS));
        if (Boolean.getBoolean("nkg.chmo.write")) {
            Files.writeString(MODULE, ChmoModuleExtractor.toTurtle(extracted), StandardCharsets.UTF_8);
        }
        OWLOntology committed = OwlApiLoader.load(MODULE);
        Set<String> expected = comparable(extracted);
        Set<String> actual = comparable(committed);
        Set<String> missing = new java.util.TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new java.util.TreeSet<>(actual);
        extra.removeAll(expected);
        assertThat(missing).as("axioms missing from imports/chmo_import.ttl: re-extract it (ontology/README.md)").isEmpty();
        assertThat(extra).as("axioms in imports/chmo_import.ttl the extractor does not make").isEmpty();
    }

    /**
     * Logical axioms and declarations compare exactly; annotation assertions by subject and property only, because
     * some BFO definitions in the release hold characters that a Turtle round trip does not keep byte for byte.
     */
    private static Set<String> comparable(OWLOntology ontology) {
        return ontology.axioms().map(axiom -> axiom instanceof OWLAnnotationAssertionAxiom a
                ? "annotation " + a.getSubject() + " " + a.getProperty()
                : axiom.toString()).collect(Collectors.toSet());
    }

    @Test
    void committedModuleDeclaresEveryTermOfTheListWithALabel() throws Exception {
        List<IRI> terms = ChmoModuleExtractor.readTerms(TERMS);
        Model module = ModelFactory.createDefaultModel();
        RDFDataMgr.read(module, MODULE.toUri().toString());
        assertThat(terms).hasSize(14);
        for (IRI term : terms) {
            Resource cls = module.getResource(term.toString());
            assertThat(module.contains(cls, RDF.type, OWL.Class)).as(term + " declared").isTrue();
            assertThat(module.contains(cls, RDFS.label)).as(term + " labelled").isTrue();
        }
        // The STAR module keeps the ancestors, so the hierarchy above the techniques is there too.
        assertThat(module.listSubjectsWithProperty(RDF.type, OWL.Class).toList()).hasSizeGreaterThan(terms.size());
    }
}
