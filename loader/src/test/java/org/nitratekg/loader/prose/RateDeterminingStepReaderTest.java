package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateDeterminingStepReaderTest {
    private static final String ROW = "?catalyst|?step|?old|?barrier|?before";
    private static final String CLAIM = """
            ?c a nkg:RateDeterminingStepClaim .
            OPTIONAL { ?c nkg:aboutCatalyst/nkg:printedName ?catalyst }
            OPTIONAL { ?c nkg:rateDeterminingStep/rdfs:label ?step }
            OPTIONAL { ?c nkg:shiftedFromStep/rdfs:label ?old }
            OPTIONAL { ?c nkg:stepBarrier ?barrier } OPTIONAL { ?c nkg:previousStepBarrier ?before }
            """;

    @Test
    void aShiftBetweenTwoCatalystsGivesOneStatementEach() {
        TestReview r = new TestReview("Co–N3O1/C").paragraph("Replacing one N gives Co–N₃O₁/C [33]. According to DFT, the rate-determining step shifts "
                + "from *NO₃ → *NO₂ on Co–N₄/G (0.79 eV) to *NOH → *N on Co–N₃O₁/C (0.46 eV).").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("Co-N4/G|*NO3 → *NO2||0.79|", "Co–N3O1/C|*NOH → *N|*NO3 → *NO2|0.46|0.79");
    }

    @Test
    void aMoveAfterTheStepOfAComparedCatalystIsAShiftFromIt() {
        TestReview r = new TestReview("WO3-x NRs").paragraph("Tungsten suboxide nanorods (WO₃₋ₓ NRs) differ [27]. On WO₃ the adsorption step "
                + "NO₃⁻ → *NO₃ limits the rate; on WO₃₋ₓ, W⁵⁺ sites bind nitrate so that the rate-determining step moves to *NO₂ → *NO.").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("WO3|NO3- → *NO3|||", "WO3-x NRs|*NO2 → *NO|NO3- → *NO3||");
        assertThat(r.select("?c a nkg:RateDeterminingStepClaim ; cito:cites/nkg:referenceNumber ?x")).containsOnly("27");
    }

    @Test
    void aStepThatRemainsRateLimitingAsOnAnotherCatalystHoldsForBoth() {
        TestReview r = new TestReview("Fe2–N6/C").paragraph("On Fe₂–N₆/C, *NO → *NOH remains rate-limiting, as on isolated Fe–N₄/C, "
                + "but its barrier drops from 0.81 to 0.59 eV [41].").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("Fe2–N6/C|*NO → *NOH||0.59|0.81", "Fe-N4/C|*NO → *NOH|||");
    }

    @Test
    void aStepTheRelativePronounStandsForAndWaterDissociationInWords() {
        TestReview r = new TestReview("Fe–W DAC/NC", "CoAl LDH NSs").paragraph("Fe–W DAC/NC is a pair [5]. DFT assigns the highest barrier, 0.41 eV, "
                + "to the hydrogenation *N → *NH, which therefore limits the rate.")
                .paragraph("CoAl LDH NSs split water [6]. On CoAl LDH NSs in neutral electrolyte the rate-determining step is the dissociation of water into *H.").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("Fe–W DAC/NC|*N → *NH||0.41|", "CoAl LDH NSs|H2O → *H|||");
    }

    @Test
    void theCatalystInFocusAndAGeneralStatement() {
        TestReview r = new TestReview("Ru4/NC").paragraph("HAADF-STEM of Ru₄/NC shows clusters [42]. DFT places the RDS at *N → *NH, with a barrier of 0.67 eV.")
                .paragraph("On coinage metals the initial reduction of nitrate to nitrite is the kinetic bottleneck [12,13].").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("Ru4/NC|*N → *NH||0.67|", "|*NO3 → *NO2|||");
    }

    @Test
    void aNegatedOrHedgedStepIsNotStatedAsTheRateDeterminingOne() {
        TestReview r = new TestReview("Ru4/NC").paragraph("On Ru₄/NC, *N → *NH is not rate-determining [42]. "
                + "On Ru₄/NC, *NO → *NOH might be rate-limiting [42].").extract();
        assertThat(r.select("?x a nkg:RateDeterminingStepClaim")).isEmpty();
    }

    @Test
    void aStepThatBecomesLimitingAtOtherPotentialsIsAShift() {
        TestReview r = new TestReview("Os6/Ti3C2Tx").paragraph("Os₆ clusters on MXene (Os₆/Ti₃C₂Tₓ) are small [29]. The DFT-derived RDS depends on potential: "
                + "positive of −0.2 V vs. RHE it is *NO₂ → *NO, whereas at more negative potentials *N → *NH becomes limiting.").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactly("Os6/Ti3C2Tx|*N → *NH|*NO2 → *NO||");
    }
}
