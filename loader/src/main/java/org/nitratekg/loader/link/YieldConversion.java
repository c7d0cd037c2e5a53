package org.nitratekg.loader.link;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The outcome of converting a yield to a common basis: the converted value and its unit, with a note saying how, or
 * the reason no conversion was possible.
 */
public record YieldConversion(BigDecimal value, String targetUcum, String targetIri, String note, String reason) {

    public static YieldConversion converted(BigDecimal value, String targetUcum, String targetIri, String note) {
        return new YieldConversion(value.round(MathContext.DECIMAL64).stripTrailingZeros(), targetUcum, targetIri, note,
                null);
    }

    public static YieldConversion impossible(String reason) {
        return new YieldConversion(null, null, null, null, reason);
    }

    public boolean isConverted() {
        return value != null;
    }

    /** The converted value as a plain decimal, rounded to six significant digits. */
    public String lexicalValue() {
        return value.round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
