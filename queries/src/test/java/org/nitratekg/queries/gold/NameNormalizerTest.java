package org.nitratekg.queries.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void foldsDashesScriptsAndConverterSpacing() {
        String folded = NameNormalizer.name("Co-N3O1/C");
        assertThat(NameNormalizer.name("Co–N₃O₁/C")).isEqualTo(folded);
        assertThat(NameNormalizer.name("Co ‐ N3O1 / C")).isEqualTo(folded);
        assertThat(NameNormalizer.name("CO−N3O1/c")).isEqualTo(folded);
        assertThat(NameNormalizer.name("Fe ₂ –N ₆ /C")).isEqualTo("fe2-n6/c");
        assertThat(NameNormalizer.name("  Rh1Cu   SAA ")).isEqualTo("rh1cu saa");
    }

    @Test
    void aMinusBesideAJoiningDashIsOneDash() {
        assertThat(NameNormalizer.name("100 ppm NO3-–N")).isEqualTo(NameNormalizer.name("100 ppm NO3-N"));
    }

    @Test
    void catalystLosesATrailingQualifierAndKnowsGenericStatements() {
        assertThat(NameNormalizer.catalyst("NiCo2O4 (pristine)")).isEqualTo(new NameNormalizer.CatalystName("nico2o4", false));
        assertThat(NameNormalizer.catalyst("coinage-metal surfaces (generic)"))
                .isEqualTo(new NameNormalizer.CatalystName("coinage-metal surfaces", true));
        assertThat(NameNormalizer.catalyst("(generic)")).isEqualTo(new NameNormalizer.CatalystName("", true));
        // Parentheses that are part of the name (no space before them) stay.
        assertThat(NameNormalizer.catalyst("Cu(100)").name()).isEqualTo("cu(100)");
    }

    @Test
    void intermediatesAndStepsIgnoreSpacesAndMinusVariants() {
        assertThat(NameNormalizer.intermediate("NO₃⁻")).isEqualTo(NameNormalizer.intermediate("NO3-"))
                .isEqualTo(NameNormalizer.intermediate("NO3−"));
        assertThat(NameNormalizer.intermediate("* NO3")).isEqualTo(NameNormalizer.intermediate("*NO3"));
        assertThat(NameNormalizer.intermediate("*NO3")).isNotEqualTo(NameNormalizer.intermediate("NO3-"));
        assertThat(NameNormalizer.intermediate("*NO3 -> *NO2")).isEqualTo(NameNormalizer.intermediate("*NO₃ → *NO₂"));
    }

    @Test
    void unitsIgnoreSubscriptMarksAndTheMicroSign() {
        assertThat(NameNormalizer.unit("mg h-1 mg_cat-1")).isEqualTo(NameNormalizer.unit("mg h⁻¹ mgcat⁻¹"));
        assertThat(NameNormalizer.unit("µg h-1 cm-2")).isEqualTo(NameNormalizer.unit("ug h-1 cm-2"))
                .isEqualTo(NameNormalizer.unit("μg h−1 cm−2"));
    }

    @Test
    void numbersParseWithAnyMinusAndAPlus() {
        assertThat(NameNormalizer.number("−0.50")).isEqualTo(-0.5);
        assertThat(NameNormalizer.number("+0.05")).isEqualTo(0.05);
        assertThat(NameNormalizer.number("3.0")).isEqualTo(3.0);
        assertThat(NameNormalizer.number("0.09 eV")).isNull();
        assertThat(NameNormalizer.number("")).isNull();
    }
}
