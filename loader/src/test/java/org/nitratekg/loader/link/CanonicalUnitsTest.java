package org.nitratekg.loader.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;

import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.junit.jupiter.api.Test;

/** The kept canonical factors give what UCUM's own conversion gives, digit for digit, and the same refusals. */
class CanonicalUnitsTest {
    private static final List<String> VALUES = List.of("1", "0.5", "12.3", "1021.4", "3", "0.0071", "250", "1.10");
    private static final List<String> SOURCES = List.of("ug/(h.cm2)", "mg/(h.cm2)", "umol/(h.cm2)", "ug/(h.mg)",
            "mg/(h.g)", "ug/(h.g)", "mmol/(h.g)", "nmol/(s.cm2)", "ug/(min.cm2)", "mg/(h.cm2)");

    private static UcumEssenceService ucum() throws Exception {
        try (InputStream in = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            return new UcumEssenceService(in);
        }
    }

    @Test
    void convertsAsUcumDoesForEveryValueAndUnit() throws Exception {
        UcumEssenceService ucum = ucum();
        CanonicalUnits units = new CanonicalUnits(ucum);
        int compared = 0;
        for (String target : List.of(YieldConverter.PER_AREA, YieldConverter.PER_CATALYST_MASS)) {
            for (String source : SOURCES) {
                for (String value : VALUES) {
                    String expected;
                    try {
                        expected = ucum.convert(new Decimal(value), source, target).asDecimal();
                    } catch (UcumException e) {
                        assertThatThrownBy(() -> units.convert(new Decimal(value), source, target))
                                .isInstanceOf(UcumException.class).hasMessage(e.getMessage());
                        continue;
                    }
                    // twice: the second conversion uses the factors kept by the first
                    assertThat(units.convert(new Decimal(value), source, target).asDecimal()).as("%s %s", value, source).isEqualTo(expected);
                    assertThat(units.convert(new Decimal(value), source, target).asDecimal()).as("%s %s", value, source).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(7 * VALUES.size());
    }

    @Test
    void refusesUnitsOfDifferentDimensionsWithUcumsMessage() throws Exception {
        UcumEssenceService ucum = ucum();
        CanonicalUnits units = new CanonicalUnits(ucum);
        String message = null;
        try {
            ucum.convert(new Decimal("2"), "mg/(h.cm2)", "mg/(h.mg)");
        } catch (UcumException e) {
            message = e.getMessage();
        }
        assertThat(message).isNotNull();
        assertThatThrownBy(() -> units.convert(new Decimal("2"), "mg/(h.cm2)", "mg/(h.mg)"))
                .isInstanceOf(UcumException.class).hasMessage(message);
        assertThatThrownBy(() -> units.convert(new Decimal("2"), "no-such-unit", "mg/(h.mg)")).isInstanceOf(UcumException.class);
    }
}
