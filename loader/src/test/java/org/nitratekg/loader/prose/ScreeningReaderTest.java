package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreeningReaderTest {

    @Test
    void aScreeningStudyIsReadOverItsPassage() {
        TestReview r = new TestReview("Rh1Cu SAA").paragraph(
                "Zhao and co-workers screened 150 candidate A₁B single-atom alloys, combining six host metals (Cu, Ag and Pt) with 25 dopant metals [53]. "
                + "A crystal-graph neural network trained on 620 DFT energies predicted *NO and *H binding with a mean absolute error (MAE) of 0.09 eV, "
                + "and candidates were ranked by a descriptor combining ΔE(*NO) − ΔE(*H) with the d-band centre. "
                + "Rh₁Cu came out on top with a predicted limiting potential of −0.16 V vs. RHE, followed by Pt₁Ag (−0.22 V). "
                + "Rh₁Cu was then synthesised and tested [46].").extract();
        assertThat(r.rows("?n|?best|?lp|?mae|?ok", """
                ?c a nkg:ScreeningClaim ; nkg:candidateCount ?n ; nkg:bestCandidate/nkg:printedName ?best ;
                   nkg:limitingPotential ?lp ; nkg:modelError ?mae ; nkg:validated ?ok""")).containsExactly("150|Rh1Cu|-0.16|0.09 eV|true");
        assertThat(r.select("?c a nkg:ScreeningClaim ; nkg:descriptorText ?x")).singleElement().asString()
                .startsWith("ΔE(*NO) - ΔE(*H) with the d-band centre").contains("crystal-graph neural network");
        assertThat(r.select("?c a nkg:ScreeningClaim ; cito:cites/nkg:referenceNumber ?x")).containsExactly("46", "53");
    }

    @Test
    void aPassageThatOnlyMentionsScreeningIsNoStudy() {
        TestReview r = new TestReview().paragraph("High-throughput screening and machine learning accelerate discovery of promising candidates [52].").extract();
        assertThat(r.select("?x a nkg:ScreeningClaim")).isEmpty();
    }
}
