package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProsePerformanceReaderTest {
    private static final String ROW = "?catalyst|?kind|?qualifier|?value|?max|?unit";
    private static final String FIGURE = """
            ?c a nkg:ProsePerformanceClaim ; nkg:aboutCatalyst/nkg:printedName ?catalyst ; nkg:hasPerformance ?f .
            ?f a ?type ; nkg:numericValue ?value . FILTER(?type != nkg:PerformanceFigure) BIND(STRAFTER(STR(?type), "#") AS ?kind)
            OPTIONAL { ?f nkg:qualifier ?qualifier } OPTIONAL { ?f nkg:upperBound ?max } OPTIONAL { ?f nkg:printedUnit ?unit }
            """;

    @Test
    void qualifiersRangesAndNearUnity() {
        TestReview r = new TestReview("Cu{100} NCs", "Cu/CeO2-x NSs", "FeCoNiCuRu HEA").paragraph(
                "Between −0.3 and −0.6 V vs. RHE the Cu{100} NCs deliver Faradaic efficiencies (FE) of 90–100% [20].")
                .paragraph("Cu/CeO₂₋ₓ nanosheets anchor *NO₂ [28]. The composite reaches a near-unity FE at −0.35 V vs. RHE.")
                .paragraph("At a constant current density of −400 mA cm⁻² the FeCoNiCuRu HEA particles keep an FE over 95% for 200 h [23].").extract();
        assertThat(r.rows(ROW, FIGURE)).containsExactlyInAnyOrder("Cu{100} NCs|FaradaicEfficiency||90|100|%",
                "Cu/CeO2-x NSs|FaradaicEfficiency|near-unity|100||%", "FeCoNiCuRu HEA|FaradaicEfficiency|>|95||%");
    }

    @Test
    void figuresOfComparedCatalystsGoToThem() {
        TestReview r = new TestReview("NiCo2O4-x NWs", "Fe2-N6/C").paragraph(
                "In NiCo₂O₄₋ₓ nanowires, vacancies raise the FE from 71% for pristine NiCo₂O₄ to 94.1% [26].")
                .paragraph("Fe₂–N₆/C is a pair [41]. Its FE of 93.2% at −0.50 V vs. RHE compares with 78.9% for Fe–N₄/C.").extract();
        assertThat(r.rows(ROW, FIGURE)).containsExactlyInAnyOrder("NiCo2O4|FaradaicEfficiency||71||%", "NiCo2O4-x NWs|FaradaicEfficiency||94.1||%",
                "Fe2-N6/C|FaradaicEfficiency||93.2||%", "Fe-N4/C|FaradaicEfficiency||78.9||%");
        assertThat(r.select("?c nkg:aboutCatalyst/nkg:printedName \"Fe2-N6/C\" ; nkg:hasPerformance/nkg:underCondition/nkg:numericValue ?x"))
                .containsExactly("-0.50");
    }

    @Test
    void yieldsCurrentDensitiesAndOnsetPotentials() {
        TestReview r = new TestReview("Ag1/MnO2", "Ni-Ru DAC/NC", "Rh1Cu SAA").paragraph(
                "The Ag₁/MnO₂ catalyst delivers 842 µg h⁻¹ cm⁻², or 49.4 μmol h⁻¹ cm⁻², at −0.30 V vs. RHE [36].")
                .paragraph("On Ni–Ru DAC/NC an NH₃ partial current density of 1.12 A cm⁻² is reached at −0.80 V vs. RHE [40].")
                .paragraph("Rh₁Cu SAA starts to produce ammonia at an onset potential of +0.05 V vs. RHE [46].").extract();
        assertThat(r.rows(ROW, FIGURE)).containsExactlyInAnyOrder("Ag1/MnO2|AmmoniaYieldRate||842||ug h-1 cm-2",
                "Ag1/MnO2|AmmoniaYieldRate||49.4||umol h-1 cm-2", "Ni-Ru DAC/NC|AmmoniaPartialCurrentDensity||1.12||A cm-2",
                "Rh1Cu SAA|OnsetPotential||0.05||V vs. RHE");
    }

    @Test
    void aQualifiedPartialCurrentAndAFigureAfterACatalystNamedUnderANegation() {
        TestReview r = new TestReview("Co2P NSAs").paragraph("Co₂P NSAs sustained an NH₃ partial current density of about 180 mA cm⁻² for 90 h [7]. "
                + "XPS after 10 h shows the phosphide, so the surface is not converted into Co(OH)₂. On a larger electrode the FE stays at 90.5% [7].").extract();
        assertThat(r.rows(ROW, FIGURE)).containsExactlyInAnyOrder("Co2P NSAs|AmmoniaPartialCurrentDensity|~|180||mA cm-2",
                "Co2P NSAs|FaradaicEfficiency||90.5||%");
    }

    @Test
    void aPhraseThatCountsItsCatalystsStandsForNoneOfThem() {
        TestReview r = new TestReview("Ni-W DAC/NC", "Ni2-N5/G").paragraph("On Ni₂–N₅/G, *N → *NH is the slowest step [4]. "
                + "Of the two pairs, Ni–W DAC/NC and Ni₂–N₅/G, only the former escapes the *NO/*H scaling [4,5]. "
                + "Accordingly, the FE of the heteronuclear pair is 96.0% at −0.45 V vs. RHE, whereas Ni₂–N₅/G levels off at 88.1%.").extract();
        assertThat(r.rows(ROW, FIGURE)).containsExactlyInAnyOrder("Ni-W DAC/NC|FaradaicEfficiency||96.0||%", "Ni2-N5/G|FaradaicEfficiency||88.1||%");
    }

    @Test
    void figuresGivenRespectivelyForTwoCatalystsAndRangesBetweenTwoValues() {
        TestReview r = new TestReview("Co-Cu DAC/NG").paragraph("Co–Cu DAC/NG holds nitrate on Co [3]. The pair escapes the scaling that constrains "
                + "the isolated Co–N₄/NG and Cu–N₄/NG references, which reach FEs of only 77.5% and 61.0%, respectively [3].")
                .paragraph("Co–Cu DAC/NG and Co–N₄/NG keep FEs between 85% and 92% [4].").extract();
        assertThat(r.rows(ROW, FIGURE)).contains("Co-N4/NG|FaradaicEfficiency||77.5||%", "Cu-N4/NG|FaradaicEfficiency||61.0||%")
                .doesNotContain("Cu-N4/NG|FaradaicEfficiency||77.5||%", "Co-Cu DAC/NG|FaradaicEfficiency||85||%");
    }

    @Test
    void thousandsSeparatorsAndComparatorsDefinedInBrackets() {
        TestReview r = new TestReview("Ir1/ZnO NSs", "Au3Pt NOs").paragraph("Ir₁/ZnO NSs deliver 1,235 µg h⁻¹ cm⁻² at −0.20 V vs. RHE [25].")
                .paragraph("Au₃Pt NOs are small [17]. The octahedra reach FEs of 85–92%, against only 54% for pure Au nanooctahedra (Au NOs) of the same size.").extract();
        assertThat(r.rows(ROW, FIGURE)).containsExactlyInAnyOrder("Ir1/ZnO NSs|AmmoniaYieldRate||1235||ug h-1 cm-2",
                "Au3Pt NOs|FaradaicEfficiency||85|92|%", "Au NOs|FaradaicEfficiency||54||%");
    }
}
