package org.nitratekg.loader.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;

/**
 * Converts ammonia yields to mg NH3 h⁻¹ cm⁻² (area basis) or mg NH3 h⁻¹ mg_cat⁻¹ (catalyst-mass basis), doing the
 * unit arithmetic with the UCUM library. An amount of substance becomes a mass of NH3 with M(NH3) = 17.031 g/mol;
 * a mass of N becomes a mass of NH3 with the factor 17.031/14.007.
 */
public final class YieldConverter {
    public static final BigDecimal MOLAR_MASS_NH3 = new BigDecimal("17.031");
    public static final BigDecimal MOLAR_MASS_N = new BigDecimal("14.007");
    public static final String PER_AREA = "mg/(h.cm2)";
    public static final String PER_CATALYST_MASS = "mg/(h.mg)";
    private static final List<String> CATALYST_BASES = List.of("", "cat", "catalyst", "cata");

    private static final UcumEssenceService UCUM = load();
    private static final CanonicalUnits UNITS = new CanonicalUnits(UCUM);

    private YieldConverter() {}

    /** Reads UCUM's tables if no conversion has yet: lets a caller do it ahead, on another thread. */
    public static boolean ready() {
        return UCUM != null;
    }

    private static UcumEssenceService load() {
        try (InputStream in = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            if (in == null) {
                throw new IllegalStateException("ucum-essence.xml missing from the UCUM library");
            }
            return new UcumEssenceService(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UcumException e) {
            throw new IllegalStateException(e);
        }
    }

    public static YieldConversion convert(String value, YieldUnit unit) {
        if (unit.numerator().isEmpty()) {
            return YieldConversion.impossible("the unit has no numerator: no amount or mass of ammonia is printed");
        }
        UnitFactor num = unit.numerator().get();
        if (num.exponent() != 1) {
            return YieldConversion.impossible("the numerator " + num.ucum() + " is not a plain amount or mass");
        }
        List<UnitFactor> den = unit.denominators();
        if (den.stream().noneMatch(f -> f.kind() == UnitFactor.Kind.TIME && f.exponent() == -1)) {
            return YieldConversion.impossible("the unit is not per unit of time");
        }
        if (den.stream().anyMatch(f -> f.kind() == UnitFactor.Kind.VOLUME)) {
            return YieldConversion.impossible("the unit is per volume of electrolyte, not per area or catalyst mass");
        }
        List<UnitFactor> basis = den.stream().filter(f -> f.kind() != UnitFactor.Kind.TIME).toList();
        if (basis.size() != 1) {
            return YieldConversion.impossible(basis.isEmpty() ? "the unit is per hour only, with no area or mass basis"
                    : "the unit has more than one basis");
        }
        UnitFactor b = basis.getFirst();
        String target;
        String targetIri;
        if (b.kind() == UnitFactor.Kind.LENGTH && b.exponent() == -2) {
            target = PER_AREA;
            targetIri = YieldUnit.LOCAL_UNIT_NS + "MilliGM-PER-HR-CentiM2";
        } else if (b.kind() == UnitFactor.Kind.MASS && b.exponent() == -1) {
            if (!CATALYST_BASES.contains(b.basis().toLowerCase(Locale.ROOT))) {
                return YieldConversion.impossible("the yield is normalized to the mass of " + b.basis()
                        + ", not of the whole catalyst");
            }
            target = PER_CATALYST_MASS;
            targetIri = YieldUnit.LOCAL_UNIT_NS + "MilliGM-PER-HR-MilliGM";
        } else {
            return YieldConversion.impossible("the basis " + b.ucum() + " is neither an area nor a mass");
        }
        StringBuilder note = new StringBuilder();
        BigDecimal v = new BigDecimal(value);
        String source = unit.plainUcum();
        if (num.kind() == UnitFactor.Kind.AMOUNT) {
            v = v.multiply(MOLAR_MASS_NH3);
            source = source.replaceFirst("^" + num.prefix() + "mol", num.prefix() + "g");
            note.append("amount to mass with M(NH3) = 17.031 g/mol; ");
        } else if (num.basis().equalsIgnoreCase("N")) {
            v = v.multiply(MOLAR_MASS_NH3).divide(MOLAR_MASS_N, java.math.MathContext.DECIMAL64);
            note.append("mass of N to mass of NH3 by 17.031/14.007; ");
        } else if (!num.basis().isEmpty() && !num.basis().equalsIgnoreCase("NH3") && !num.basis().equalsIgnoreCase("NH4")) {
            return YieldConversion.impossible("the numerator is a mass of " + num.basis() + ", not of ammonia");
        }
        if (b.basis().isEmpty() && b.kind() == UnitFactor.Kind.MASS) {
            note.append("mass basis not stated, taken as catalyst mass; ");
        }
        try {
            Decimal converted = UNITS.convert(new Decimal(v.toPlainString()), source, target);
            BigDecimal result = new BigDecimal(converted.asDecimal());
            YieldConversion c = YieldConversion.converted(result, target, targetIri, "");
            note.append(value).append(' ').append(unit.ucum()).append(" = ").append(c.lexicalValue()).append(' ')
                    .append(target).append(" NH3 (UCUM conversion from ").append(source).append(')');
            return YieldConversion.converted(result, target, targetIri, note.toString());
        } catch (UcumException | RuntimeException e) {
            return YieldConversion.impossible("UCUM cannot convert " + source + " to " + target + ": " + e.getMessage());
        }
    }
}
