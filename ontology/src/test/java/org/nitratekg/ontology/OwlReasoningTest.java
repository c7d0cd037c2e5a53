package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology parses with the OWL API, stays in OWL 2 DL, and HermiT finds it consistent and coherent. */
class OwlReasoningTest {
    private static OWLOntology ontology;

    @BeforeAll
    static void load() throws Exception {
        ontology = OwlApiLoader.load(OwlApiLoader.ONTOLOGY_DIR.resolve("nkg.ttl"));
    }

    @Test
    void parsesWithEveryImportResolvedOffline() {
        assertThat(ontology.getOntologyID().getOntologyIRI()).hasValueSatisfying(
                iri -> assertThat(iri.toString()).isEqualTo(NKG.ONTOLOGY_IRI));
        assertThat(ontology.imports().count()).isEqualTo(NkgOntology.catalog().locations().size());
        assertThat(ontology.classesInSignature().count()).isGreaterThan(50);
    }

    @Test
    void isInTheOwl2DlProfile() {
        List<String> violations = new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                .map(OWLProfileViolation::toString).toList();
        assertThat(violations).as("OWL 2 DL profile violations").isEmpty();
    }

    @Test
    void hermitFindsItConsistentWithNoUnsatisfiableClass() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertThat(reasoner.isConsistent()).as("consistent").isTrue();
            List<String> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                    .map(OWLClass::toString).sorted().toList();
            assertThat(unsatisfiable).as("unsatisfiable classes").isEmpty();
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void disjointCatalystClassesCatchADoublyTypedCatalyst() throws Exception {
        // A fresh copy, so the shared ontology above stays as loaded.
        OWLOntology copy = OwlApiLoader.load(OwlApiLoader.ONTOLOGY_DIR.resolve("nkg.ttl"));
        var factory = copy.getOWLOntologyManager().getOWLDataFactory();
        var catalyst = factory.getOWLNamedIndividual(org.semanticweb.owlapi.model.IRI.create(
                "https://w3id.org/nitrate-kg/id/catalyst/test"));
        copy.add(factory.getOWLClassAssertionAxiom(factory.getOWLClass(NKG.SingleAtomCatalyst.getURI()), catalyst),
                factory.getOWLClassAssertionAxiom(factory.getOWLClass(NKG.DualAtomCatalyst.getURI()), catalyst));
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(copy);
        try {
            assertThat(reasoner.isConsistent()).as("a catalyst cannot be single-atom and dual-atom at once").isFalse();
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void rangesAndDisjointnessCatchAMotifReportedAsACatalyst() throws Exception {
        OWLOntology copy = OwlApiLoader.load(OwlApiLoader.ONTOLOGY_DIR.resolve("nkg.ttl"));
        var factory = copy.getOWLOntologyManager().getOWLDataFactory();
        var row = factory.getOWLNamedIndividual(org.semanticweb.owlapi.model.IRI.create(
                "https://w3id.org/nitrate-kg/id/review/test/table/1/row/1"));
        var motif = factory.getOWLNamedIndividual(org.semanticweb.owlapi.model.IRI.create(
                "https://w3id.org/nitrate-kg/id/motif/cu-n3"));
        copy.add(factory.getOWLClassAssertionAxiom(factory.getOWLClass(NKG.SiteMotif.getURI()), motif),
                factory.getOWLObjectPropertyAssertionAxiom(
                        factory.getOWLObjectProperty(NKG.reportsCatalyst.getURI()), row, motif));
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(copy);
        try {
            assertThat(reasoner.isConsistent()).as("the range of reportsCatalyst is disjoint from SiteMotif").isFalse();
        } finally {
            reasoner.dispose();
        }
    }
}
