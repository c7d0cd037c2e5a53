package org.nitratekg.loader.link;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fhir.ucum.Canonical;
import org.fhir.ucum.Converter;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.ExpressionComposer;
import org.fhir.ucum.ExpressionParser;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumModel;
import org.fhir.ucum.special.Registry;

/**
 * UCUM conversion with each pair of units worked out once per process. {@link UcumEssenceService#convert} parses both
 * unit expressions and reduces them to canonical form on every call, which costs far more than the arithmetic, and
 * a review converts the same few units for every table row. Here the canonical factors of a pair are kept, and a
 * value is converted with the same arithmetic as that method (value × source factor ÷ target factor, the result
 * marked as possibly whole when the value is), so the results are the library's to the last digit.
 */
final class CanonicalUnits {
    /** The canonical factors of a source and a target unit, or why UCUM cannot convert between them. */
    private record Pair(Decimal source, Decimal target, UcumException failure) {}

    private final UcumEssenceService ucum;
    /** The special-unit handlers (Celsius, …), as the service builds its own: it does not expose them. */
    private final Registry handlers = new Registry();
    private final Map<String, Pair> pairs = new ConcurrentHashMap<>();

    CanonicalUnits(UcumEssenceService ucum) {
        this.ucum = ucum;
    }

    Decimal convert(Decimal value, String source, String target) throws UcumException {
        if (source.equals(target)) {
            return value;
        }
        Pair pair = pairs.computeIfAbsent(source + '\u0000' + target, k -> pair(source, target));
        if (pair.failure() != null) {
            throw pair.failure();
        }
        Decimal result = value.multiply(pair.source()).divide(pair.target());
        if (value.isWholeNumber()) {
            result.checkForCouldBeWholeNumber();
        }
        return result;
    }

    private Pair pair(String source, String target) {
        try {
            UcumModel model = ucum.getModel();
            Canonical s = new Converter(model, handlers).convert(new ExpressionParser(model).parse(source));
            Canonical t = new Converter(model, handlers).convert(new ExpressionParser(model).parse(target));
            String sc = new ExpressionComposer().compose(s, false);
            String tc = new ExpressionComposer().compose(t, false);
            if (!sc.equals(tc)) {
                return new Pair(null, null, new UcumException("Unable to convert between units " + source + " and " + target
                        + " as they do not have matching canonical forms (" + sc + " and " + tc + " respectively)"));
            }
            return new Pair(s.getValue(), t.getValue(), null);
        } catch (UcumException e) {
            return new Pair(null, null, e);
        }
    }
}
