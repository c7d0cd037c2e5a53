package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalingClaimReaderTest {
    private static final String ROW = "?subject|?a|?b|?breaks|?hedged";
    private static final String CLAIM = """
            ?c a nkg:ScalingRelationClaim ; nkg:breaks ?breaks ; nkg:hedged ?hedged ; nkg:claimSubject ?s .
            OPTIONAL { ?s nkg:printedName ?name } OPTIONAL { ?c nkg:printedSubject ?printed }
            BIND(COALESCE(?name, ?printed) AS ?subject)
            OPTIONAL { ?c nkg:aboutScalingRelation/nkg:betweenIntermediate ?i . ?i rdfs:label ?a .
                       ?c nkg:aboutScalingRelation/nkg:betweenIntermediate ?j . ?j rdfs:label ?b . FILTER(STR(?a) < STR(?b)) }
            """;

    @Test
    void breakingKeepingAndHedgingAreToldApart() {
        TestReview r = new TestReview("Cu90Co10", "Fe2–N6/C", "Ru4/NC").paragraph(
                "Yet Cu₉₀Co₁₀ does not break the *NO₂/*NO scaling: both energies shift alike [22]. "
                + "Fe₂–N₆/C may partially relax the *NO/*H scaling, since *H prefers the bridge [41]. "
                + "It is not yet clear whether Ru₄/NC breaks the *N/*NO scaling or simply sits on it [42].").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder(
                "Cu90Co10|*NO|*NO2|false|false", "Fe2–N6/C|*H|*NO|true|true", "Ru4/NC|*N|*NO|true|true");
    }

    @Test
    void theSubjectMayBeReferredToAndThePairMayBeUnnamed() {
        TestReview r = new TestReview("Pt1Ag SAA NWs", "Rh1Cu SAA", "FeCoNiCuRu HEA").paragraph(
                "Of the two alloys, Pt₁Ag SAA NWs and Rh₁Cu SAA, the latter lies off the linear scaling line between *NO and *H [46]. "
                + "In FeCoNiCuRu HEA nanoparticles each adsorbate finds its site, and this continuum circumvents the scaling relationship between adsorbates [23].")
                .extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("Rh1Cu SAA|*H|*NO|true|false", "FeCoNiCuRu HEA|||true|false");
    }

    @Test
    void motifsStrategiesAndDecouplingAreClaimsToo() {
        TestReview r = new TestReview("Cu–Mn DAC/NC").paragraph(
                "Tandem relay catalysis sidesteps the *NO₂/*NO scaling altogether [17]. "
                + "Axially hydroxylated M–N₄–OH motifs break the *NO/*H scaling [35]. "
                + "In Cu–Mn DAC/NC Mn binds *NO while Cu handles *H, so the O-bridged pair decouples the binding of *NO from that of *H [39].").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder(
                "tandem relay catalysis|*NO|*NO2|true|false", "M-N4-OH|*H|*NO|true|false", "Cu–Mn DAC/NC|*H|*NO|true|false");
    }

    @Test
    void talkAboutScalingInGeneralIsNoClaim() {
        TestReview r = new TestReview("Cu90Co10").paragraph(
                "Scaling relations were first formulated for oxygen-bound adsorbates [16]. "
                + "Claims that a catalyst breaks a scaling relation should be backed by adsorption energies.").extract();
        assertThat(r.select("?x a nkg:ScalingRelationClaim")).isEmpty();
    }

    @Test
    void aCaptionRestatingAClaimAddsItsProvenanceToTheSameClaim() {
        TestReview r = new TestReview("Rh1Cu SAA").paragraph("Rh₁Cu SAA lies off the scaling line between *NO and *H [46].")
                .caption("(b) *NO versus *H energies, with Rh₁Cu well away from the scaling line.").extract();
        assertThat(r.select("?x a nkg:ScalingRelationClaim")).hasSize(1);
        assertThat(r.select("?c a nkg:ScalingRelationClaim ; nkg:restatedIn ?x")).singleElement().asString().contains("/figure/");
        assertThat(r.select("?c a nkg:ScalingRelationClaim ; cito:cites/nkg:referenceNumber ?x")).containsExactly("46");
    }

    @Test
    void nominalAndPassiveClaimsFindTheirAgentAfterThem() {
        TestReview r = new TestReview("Pt–Os DAC/NC", "Au3Sb NPs").paragraph(
                "Charge is withdrawn from Pt by Os, and breaking of the *NO/*H scaling was thereby achieved in Pt–Os DAC/NC [27].")
                .paragraph("Au₃Sb NPs are ordered [16]. Whether the *NO/*H scaling is broken by the intermetallic remains to be proven.")
                .paragraph("More generally, the breaking of the *NO₂/*NO scaling is attributed to the axially coordinated M–N₅ motif [22].").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("Pt–Os DAC/NC|*H|*NO|true|false", "Au3Sb NPs|*H|*NO|true|true",
                "M-N5|*NO|*NO2|true|false");
    }

    @Test
    void aCleftIsNoReferenceAndAKeptRelationIsNotBroken() {
        TestReview r = new TestReview("Os3O4-x NTs", "CoTPyP-COF").paragraph(
                "A Co(OH)2 shell forms. It is this shell that is thought to be responsible for the apparent breaking of the *NO₂/*NO scaling reported for Os₃O₄₋ₓ NTs [18].")
                .paragraph("CoTPyP-COF is a framework [32]. Within the framework, however, the *NO/*H scaling of monomeric porphyrins is retained.").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("Os3O4-x NTs|*NO|*NO2|true|true", "CoTPyP-COF|*H|*NO|false|false");
    }
}
