package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.ontology.NKG;
import org.nitratekg.ontology.NkgShapes;

/** The extractor on the bundled review, after the real loader. */
class BundledReviewExtractionTest {
    private static Model graph;
    private static ValidationReport before;

    @BeforeAll
    static void convertAndExtract() {
        graph = new ReviewConverter().convert(ReviewText.bundled());
        before = NkgShapes.validate(graph.getGraph());
        new ProseExtractor().extract(graph);
    }

    private static List<String> rows(String select) {
        List<String> out = new ArrayList<>();
        String q = "PREFIX nkg: <" + NKG.NS + "> PREFIX cito: <http://purl.org/spar/cito/> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + select;
        try (QueryExecution qe = QueryExecution.model(graph).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(s.toString()));
        }
        return out;
    }

    @Test
    void theNoHScalingRelationClaimNamesSubjectEvidenceSectionAndReference() {
        List<String> found = rows("""
                SELECT ?name ?section ?ref ?evidence WHERE {
                  ?c a nkg:ScalingRelationClaim ; nkg:breaks true ; nkg:claimSubject/nkg:printedName ?name ;
                     nkg:aboutScalingRelation ?r ; nkg:inSection/nkg:sectionNumber ?section ;
                     cito:cites/nkg:referenceNumber ?ref ; nkg:evidenceType ?evidence .
                  ?r nkg:betweenIntermediate nkg:AdsorbedNO, nkg:AdsorbedH .
                }""");
        assertThat(found).isNotEmpty().allSatisfy(r -> assertThat(r).contains("Ce-doped Co3O4").contains("\"3.2\"").contains("110"));
    }

    @Test
    void everyClaimHasAQuoteASectionAndAnEvidenceType() {
        for (String kind : List.of("ScalingRelationClaim", "RateDeterminingStepClaim", "CharacterizationEvidence", "CoordinationShellClaim",
                "ProsePerformanceClaim")) {
            assertThat(rows("SELECT ?c WHERE { ?c a nkg:" + kind + " }")).as(kind).isNotEmpty();
        }
        assertThat(rows("""
                SELECT ?c WHERE { ?c a nkg:Claim .
                  FILTER NOT EXISTS { ?c nkg:quote/<http://www.w3.org/ns/oa#exact> ?q ; nkg:inSection ?s ; nkg:evidenceType ?e ; nkg:derivedFromPart ?p } }""")).isEmpty();
    }

    @Test
    void tableCatalystsGetClassesWithReasons() {
        assertThat(rows("""
                SELECT ?name WHERE { ?c nkg:printedName ?name ; nkg:classAssignment [ nkg:assignedClass nkg:SingleAtomAlloy ; nkg:assignmentBasis ?b ] }"""))
                .anySatisfy(r -> assertThat(r).contains("PdCu SAA"));
        assertThat(rows("""
                SELECT ?name WHERE { ?c nkg:printedName ?name ; nkg:hasMotif/nkg:hasCoordination/nkg:coordinationNumber 3 ; a nkg:Catalyst }"""))
                .anySatisfy(r -> assertThat(r).contains("CuN3–SACs/NCNT"));
    }

    @Test
    void extractionAddsNoShapeViolations() {
        ValidationReport after = NkgShapes.validate(graph.getGraph());
        List<String> added = after.getEntries().stream()
                .filter(e -> e.severity() == org.apache.jena.shacl.validation.Severity.Violation)
                .map(e -> e.focusNode() + " " + e.message()).toList();
        assertThat(added).as("violations after extraction").isEmpty();
    }
}
