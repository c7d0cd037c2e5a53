package org.nitratekg.loader.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed rate unit (µg, mg, mmol, mol; per h; per cm², per mg or g of catalyst or of a metal; any factor order,
 * "/" or negative exponents), read into factors.
 *
 * <p>Naming rule for unit IRIs, shared with the ontology's unit definitions: the numerator factor's QUDT name, then
 * {@code -PER-}, then the denominator factors' names joined by '-' with time first, then area, then mass, then
 * volume; a prefix is spelled as QUDT spells it (Micro, Milli, Nano, Kilo, Centi), a base as GM, MOL, HR, MIN, SEC,
 * M, L, and an exponent other than 1 is appended as digits. A basis (catalyst, metal, N) is not part of the name, it
 * is a UCUM annotation ({@code mg{N}/(h.g{Cu})}). Examples: ug h-1 cm-2 → {@code MicroGM-PER-HR-CentiM2};
 * mg h-1 mgcat-1 → {@code MilliGM-PER-HR-MilliGM}; mol gcat-1 h-1 → {@code MOL-PER-HR-GM}; h-1 mgcat-1 (no
 * numerator) → {@code PER-HR-MilliGM}.
 */
public final class YieldUnit {
    public static final String LOCAL_UNIT_NS = "https://w3id.org/nitrate-kg/unit/";
    private static final Pattern FACTOR = Pattern.compile(
            "^(?<prefix>[uμµmnkcd]?)(?<base>g|mol|hr|h|min|s|m|L)(?<basis>[A-Za-z][A-Za-z0-9]*?)?(?:\\^?(?<exp>[-+]?\\d))?$");

    private static final Pattern SPECIES = Pattern.compile("NH3|NH4\\+?|N|NH3-N|NH4\\+?-N");
    private static final Pattern AMOUNT_OF_SPECIES = Pattern.compile(
            "^(?<prefix>[uμµmnk]?)(?<base>g|mol)(?<species>(?:NH3|NH4\\+?)(?:-N)?)$");
    private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private final String printed;
    private final List<UnitFactor> factors;

    private YieldUnit(String printed, List<UnitFactor> factors) {
        this.printed = printed;
        this.factors = factors;
    }

    /** Reads a normalized unit text; empty when it is not a product of known factors. */
    public static Optional<YieldUnit> parse(String text) {
        Optional<YieldUnit> unit = parseExactly(text);
        if (unit.isEmpty() && REMARK.matcher(text).find()) {
            return parseExactly(REMARK.matcher(text).replaceAll("")); // "mg h-1 cm-2 (at -0.5 V)"
        }
        return unit;
    }

    private static Optional<YieldUnit> parseExactly(String text) {
        String printed = asciiForm(text);
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        String spaced = printed.replaceAll("[·⋅*]|(?<=[A-Za-z0-9])\\.(?=[A-Za-z])", " ")
                .replace("(", " ( ").replace(")", " ) ").replace("/", " / ");
        List<UnitFactor> factors = new ArrayList<>();
        int sign = 1;
        boolean inGroup = false;
        for (String token : spaced.trim().split("\\s+")) {
            if (token.matches("(?:NH3|NH4\\+?)-N")) {
                token = "N";
            }
            switch (token) {
                case "/" -> sign = -1;
                case "(" -> inGroup = true;
                case ")" -> {
                    inGroup = false;
                    sign = 1;
                }
                default -> {
                    if (SPECIES.matcher(token).matches() && !factors.isEmpty() && factors.getLast().exponent() > 0
                            && factors.getLast().basis().isEmpty()) {
                        // "mg NH3 h-1": the species names the basis of the amount before it
                        UnitFactor last = factors.removeLast();
                        factors.add(new UnitFactor(last.prefix(), last.base(), token.replace("+", ""), last.exponent()));
                        continue;
                    }
                    Matcher amountOfSpecies = AMOUNT_OF_SPECIES.matcher(token);
                    if (amountOfSpecies.matches()) {
                        // "mgNH3" (from mg_{NH_3}): the species' digits are its formula, not an exponent
                        String species = amountOfSpecies.group("species").replace("+", "");
                        factors.add(new UnitFactor(amountOfSpecies.group("prefix").replace("μ", "u").replace("µ", "u"),
                                amountOfSpecies.group("base"), species.endsWith("-N") ? "N" : species, sign));
                        if (!inGroup) {
                            sign = 1;
                        }
                        continue;
                    }
                    Optional<UnitFactor> f = factor(token, sign);
                    if (f.isEmpty()) {
                        return Optional.empty();
                    }
                    factors.add(f.get());
                    if (!inGroup) {
                        sign = 1;
                    }
                }
            }
        }
        return factors.isEmpty() ? Optional.empty() : Optional.of(new YieldUnit(printed, List.copyOf(factors)));
    }

    private static Optional<UnitFactor> factor(String token, int sign) {
        Matcher m = FACTOR.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group("prefix").replace("μ", "u").replace("µ", "u");
        String base = m.group("base").equals("hr") ? "h" : m.group("base");
        String basis = m.group("basis");
        if (base.equals("m") && !(prefix.isEmpty() || prefix.equals("c") || prefix.equals("m") || prefix.equals("d"))) {
            return Optional.empty();
        }
        if ((base.equals("h") || base.equals("min") || base.equals("s")) && (!prefix.isEmpty() || basis != null)) {
            return Optional.empty();
        }
        int exp = m.group("exp") == null ? 1 : Integer.parseInt(m.group("exp"));
        return Optional.of(new UnitFactor(prefix, base, basis == null ? "" : basis, exp * sign));
    }

    /** The printed form in ASCII, as the performance table shows it ("ug h-1 cm-2"). */
    public static String asciiForm(String text) {
        return text.replace('μ', 'u').replace('µ', 'u').replace('−', '-').replaceAll("[·⋅]", " ")
                .replaceAll("\\s+", " ").strip();
    }

    public String printed() {
        return printed;
    }

    List<UnitFactor> factors() {
        return factors;
    }

    public boolean hasNumerator() {
        return numerator().isPresent();
    }

    Optional<UnitFactor> numerator() {
        return factors.stream().filter(f -> f.exponent() > 0
                && (f.kind() == UnitFactor.Kind.MASS || f.kind() == UnitFactor.Kind.AMOUNT)).findFirst();
    }

    List<UnitFactor> denominators() {
        return factors.stream().filter(f -> f.exponent() < 0)
                .sorted(Comparator.comparingInt(f -> f.kind() == UnitFactor.Kind.TIME ? 0
                        : f.kind() == UnitFactor.Kind.LENGTH ? 1 : f.kind() == UnitFactor.Kind.MASS ? 2 : 3))
                .toList();
    }

    /** The canonical UCUM expression with annotations for bases, e.g. {@code mg{N}/(h.g{Cu})}. */
    public String ucum() {
        return expression(true);
    }

    /** The same expression without annotations, as UCUM arithmetic needs it and as the unit IRI stands for. */
    public String plainUcum() {
        return expression(false);
    }

    private String expression(boolean annotated) {
        String num = numerator().map(f -> annotated ? f.annotatedUcum() : f.ucum()).orElse("1");
        List<String> den = denominators().stream().map(f -> annotated ? f.annotatedUcum() : f.ucum()).toList();
        if (den.isEmpty()) {
            return num;
        }
        return num + "/" + (den.size() == 1 ? den.getFirst() : "(" + String.join(".", den) + ")");
    }

    /** The QUDT-style local name (see the class comment). */
    public String qudtName() {
        String num = numerator().map(UnitFactor::qudtName).orElse("");
        List<String> den = denominators().stream().map(UnitFactor::qudtName).toList();
        String per = den.isEmpty() ? "" : "PER-" + String.join("-", den);
        return num.isEmpty() ? per : den.isEmpty() ? num : num + "-" + per;
    }

    public String iri() {
        return LOCAL_UNIT_NS + qudtName();
    }
}
