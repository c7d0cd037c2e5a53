package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.nitratekg.ontology.NKG;
import org.nitratekg.ontology.NkgShapes;

/** The extractor on a small converted-review graph built here, in the shape the loader produces. */
class ProseExtractorTest {
    private static final String REVIEW = "https://w3id.org/nitrate-kg/id/review/test-2030-1";

    private static Model review(String... paragraphs) {
        Model m = ModelFactory.createDefaultModel();
        Resource review = m.createResource(REVIEW).addProperty(RDF.type, NKG.Review);
        Resource section = m.createResource(REVIEW + "/section/3.4").addProperty(RDF.type, NKG.Section)
                .addProperty(NKG.sectionNumber, "3.4");
        for (int n = 1; n <= 50; n++) {
            m.createResource(REVIEW + "/reference/" + n).addProperty(RDF.type, NKG.Reference).addProperty(NKG.partOfReview, review)
                    .addLiteral(NKG.referenceNumber, (long) n).addProperty(org.apache.jena.vocabulary.DCTerms.title, "Work " + n);
        }
        for (int i = 0; i < paragraphs.length; i++) {
            m.createResource(REVIEW + "/paragraph/" + (i + 1)).addProperty(RDF.type, NKG.Paragraph)
                    .addProperty(NKG.partOfReview, review).addProperty(NKG.inSection, section)
                    .addProperty(NKG.text, paragraphs[i]).addLiteral(NKG.sourceLine, (long) (10 + i));
        }
        return m;
    }

    private static List<String> select(Model m, String where) {
        String q = "PREFIX nkg: <" + NKG.NS + "> PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "PREFIX cito: <http://purl.org/spar/cito/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?x WHERE { " + where + " } ORDER BY ?x";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            List<String> values = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(s -> values.add(s.get("x").isLiteral() ? s.get("x").asLiteral().getLexicalForm() : s.get("x").toString()));
            return values;
        }
    }

    @Test
    void yieldsStatedInProseGetTheSameUnitLinkingAndConversionAsTableCells() {
        Model m = review("The Co1/TiO2 catalyst delivered an NH3 yield rate of 12.5 mg h−1 cm−2 at −0.5 V vs. RHE [7].");
        new ProseExtractor().extract(m);
        String yield = "?c a nkg:ProsePerformanceClaim ; nkg:hasPerformance ?f . ?f a nkg:AmmoniaYieldRate . ";
        assertThat(select(m, yield + "?f nkg:printedUnit ?x")).containsExactly("mg h-1 cm-2");
        assertThat(select(m, yield + "?f <http://qudt.org/schema/qudt/unit> ?x"))
                .containsExactly("https://w3id.org/nitrate-kg/unit/MilliGM-PER-HR-CentiM2");
        assertThat(select(m, yield + "?f nkg:convertedValue ?x")).singleElement().satisfies(
                v -> assertThat(new java.math.BigDecimal(v)).isEqualByComparingTo("12.5"));
    }

    @Test
    void scalingRelationClaimsCarrySubjectPairProvenanceAndHedge() {
        Model m = review("Ni–N3 sites break the scaling relation between *NOH and *H, as DFT calculations show [21]. "
                + "Ni–N4 sites do not break the scaling relation between *NO and *N in our view. "
                + "Heteroatom doping may circumvent scaling limitations for many intermediates [22,23].");
        new ProseExtractor().extract(m);
        String first = REVIEW + "/claim/paragraph-1-1";
        assertThat(select(m, "<" + first + "> nkg:claimSubject/nkg:printedName ?x")).containsExactly("Ni–N3");
        assertThat(select(m, "<" + first + "> nkg:aboutScalingRelation/nkg:betweenIntermediate/rdfs:label ?x")).containsExactly("*H", "*NOH");
        assertThat(select(m, "<" + first + "> nkg:quote/oa:exact ?x")).singleElement().asString().startsWith("Ni–N3 sites break");
        assertThat(select(m, "<" + first + "> cito:cites/nkg:referenceNumber ?x")).containsExactly("21");
        assertThat(select(m, "<" + first + "> nkg:evidenceType ?x")).containsExactly(NKG.TheoryDFT.getURI());
        assertThat(select(m, "<" + first + "> nkg:inSection/nkg:sectionNumber ?x")).containsExactly("3.4");
        assertThat(select(m, "?c a nkg:ScalingRelationClaim ; nkg:breaks false ; nkg:aboutScalingRelation/nkg:betweenIntermediate/rdfs:label ?x"))
                .containsExactly("*N", "*NO");
        assertThat(select(m, "?c a nkg:ScalingRelationClaim ; nkg:hedged true ; nkg:claimSubject/rdfs:label ?x")).containsExactly("heteroatom doping");
        assertThat(select(m, "?c a nkg:ScalingRelationClaim ; nkg:hedged true ; cito:cites/nkg:referenceNumber ?x")).containsExactly("22", "23");
        assertThat(select(m, "?m a nkg:MetalNitrogenSite ; nkg:printedName \"Ni–N3\" ; nkg:hasCoordination/nkg:coordinationNumber ?x")).containsExactly("3");
    }

    @Test
    void mentioningScalingRelationsWithoutSayingWhatHappensIsNoClaim() {
        Model m = review("Scaling relations between *NO and *N limit transition metals [5]. Their origin is discussed elsewhere.");
        new ProseExtractor().extract(m);
        assertThat(select(m, "?x a nkg:Claim")).isEmpty();
    }

    @Test
    void evidenceShiftAndRolesAreLinkedToTheCatalystInFocus() {
        Model m = review("To follow the reaction on Pt3@CoOOH, the authors used operando Raman spectroscopy to track *NOH bands from 0 to -0.4 V vs. RHE [40]. "
                + "Combined with DFT, they identified a shift in RDS from NH3 desorption to the *NO → *NOH step. "
                + "Bimetallic Pd–Ag catalysts featuring AgN4 and PdN3 sites catalyze the reduction of NO3- to NO2- and NO2- to NH3, respectively [41].");
        new ProseExtractor().extract(m);
        assertThat(select(m, "?e a nkg:CharacterizationEvidence ; nkg:usesTechnique nkg:RamanSpectroscopy ; nkg:inMode nkg:Operando ; nkg:aboutCatalyst/nkg:printedName ?x"))
                .containsExactly("Pt3@CoOOH");
        assertThat(select(m, "?e nkg:usesTechnique nkg:RamanSpectroscopy ; nkg:showsIntermediate/rdfs:label ?x")).containsExactly("*NOH");
        assertThat(select(m, "?c a nkg:RateDeterminingStepClaim ; nkg:shiftedFromStep/rdfs:label ?x")).containsExactly("NH3 desorption");
        assertThat(select(m, "?c a nkg:RateDeterminingStepClaim ; nkg:rateDeterminingStep/rdfs:label ?x")).containsExactly("*NO → *NOH");
        assertThat(select(m, "?c a nkg:RateDeterminingStepClaim ; cito:cites/nkg:referenceNumber ?x")).containsExactly("40");
        assertThat(select(m, "?e nkg:supportsClaim ?c . ?c a nkg:RateDeterminingStepClaim . ?e nkg:usesTechnique/rdfs:label ?x"))
                .contains("Raman spectroscopy");
        assertThat(select(m, "?c a nkg:SiteRoleClaim ; nkg:siteName \"PdN3\" ; nkg:roleStep/rdfs:label ?x")).containsExactly("NO2- → NH3");
    }

    @Test
    void extractionIsDeterministicAndKeepsTheShapesValid() {
        String text = "DFT calculations reveal that Co–N3 sites exhibit a lower barrier than Co–N4 sites [7]. "
                + "As a result, the Co1/TiO2 catalyst achieves a FE of 95.1% at −0.4 V (vs. RHE) [8].";
        Model once = review(text);
        new ProseExtractor().extract(once);
        Model twice = review(text);
        new ProseExtractor().extract(twice);
        new ProseExtractor().extract(twice);
        assertThat(once.isIsomorphicWith(twice)).isTrue();
        assertThat(select(once, "?c a nkg:ProsePerformanceClaim ; nkg:hasPerformance/nkg:numericValue ?x")).containsExactly("95.1");
        assertThat(select(once, "?c a nkg:ProsePerformanceClaim ; nkg:hasPerformance/nkg:underCondition/nkg:numericValue ?x")).containsExactly("-0.4");
        var report = NkgShapes.validate(once.getGraph());
        assertThat(NkgShapes.hasViolations(report)).as(() -> report.getEntries().toString()).isFalse();
    }
}
