package org.nitratekg.loader.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers from normalized table cells: {@code 97 ± 5}, {@code >90}, {@code ~95%}, {@code 1,274.4},
 * {@code -0.4 V}, {@code -1.4 V vs. Ag/AgCl}, {@code -40 mA cm-2}; a dash or an empty cell is missing.
 */
public final class CellParser {
    private static final String NUMBER = "[+\\-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+\\-]?\\.\\d+";
    /** A power of ten after the value (and its uncertainty): "× 10^4", "x10^-3", "E4". */
    private static final String POWER = "(?:\\s*(?:[×x]\\s*10\\^|[eE])(?<exp>[-+]?\\d{1,3}))?";
    private static final Pattern QUANTITY = Pattern.compile(
            // the uncertainty may be bracketed, "96.2 (±1.5)", or bracketed with the value, "(1.2 ± 0.1) × 10^3"
            "^(?<qual>[<>≤≥~≈∼]|ca\\.)?\\s*\\(?\\s*(?<value>" + NUMBER + ")\\s*%?\\s*(?:\\(?\\s*(?:±|\\+/-)\\s*(?<pm>"
                    + NUMBER + ")\\s*%?\\s*\\)?)?\\s*\\)?" + POWER + "\\s*(?<rest>.*)$");
    private static final Pattern MISSING = Pattern.compile("^(?:[—–\\-−/]+|n\\.?\\s?a\\.?|n\\.?\\s?r\\.?|none|)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITION_UNIT = Pattern.compile(
            "^(?<unit>mV|V|m?A\\s*(?:cm-2|/\\s*cm2|cm2-1)|mA|A)?\\s*(?:_?\\(?(?<subel>RHE|SCE|NHE|SHE|Ag/AgCl|Hg/HgO)\\)?)?"
                    + "\\s*(?:\\(?\\s*(?:vs\\.?|versus)\\s*(?<el>[^)]+?)\\s*\\)?)?$");
    private static final Pattern UNIT_ANYWHERE = Pattern.compile("(?<![A-Za-z])(mV|V|m?A\\s*cm-2)(?![A-Za-z])");

    private CellParser() {}

    public static boolean isMissing(String cell) {
        return MISSING.matcher(cell.strip()).matches();
    }

    /** The quantity a cell prints, or empty when the cell is missing or holds no number at its start. */
    public static Optional<Quantity> quantity(String cell) {
        if (isMissing(cell)) {
            return Optional.empty();
        }
        Matcher m = QUANTITY.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int exp = m.group("exp") == null ? 0 : Integer.parseInt(m.group("exp"));
        return Optional.of(new Quantity(scaled(lexical(m.group("value")), exp),
                m.group("pm") == null ? null : scaled(lexical(m.group("pm")), exp),
                m.group("qual") == null ? null : m.group("qual").replace("∼", "~"), m.group("rest").strip(), null));
    }

    /** A potential or current density: the quantity with its unit ("V", "mA cm-2") and electrode, if printed. */
    public static Optional<Quantity> condition(String cell) {
        Optional<Quantity> q = quantity(cell);
        if (q.isEmpty()) {
            return q;
        }
        Matcher m = CONDITION_UNIT.matcher(q.get().unitText());
        if (!m.matches()) {
            // e.g. a range "-0.3 to -0.7 V": keep the first value, take the unit and electrode printed after it
            Matcher any = UNIT_ANYWHERE.matcher(q.get().unitText());
            String unit = any.find() ? canonicalConditionUnit(any.group(1)) : null;
            return Optional.of(new Quantity(q.get().value(), q.get().plusMinus(), q.get().qualifier(), unit,
                    TableLayout.electrode(q.get().unitText()).orElse(null)));
        }
        String unit = m.group("unit") == null ? null : canonicalConditionUnit(m.group("unit"));
        String printedElectrode = m.group("el") != null ? m.group("el") : m.group("subel");
        String electrode = printedElectrode == null ? null : canonicalElectrode(printedElectrode);
        return Optional.of(new Quantity(q.get().value(), q.get().plusMinus(), q.get().qualifier(), unit, electrode));
    }

    /** The unit of a condition written alone (as in a header), e.g. "V" or "mA cm-2". */
    static Optional<String> conditionUnit(String text) {
        Matcher m = CONDITION_UNIT.matcher(text.strip());
        return m.matches() && m.group("unit") != null ? Optional.of(canonicalConditionUnit(m.group("unit")))
                : Optional.empty();
    }

    static String canonicalConditionUnit(String unit) {
        String u = unit.replaceAll("\\s+", "");
        if (u.equals("V") || u.equals("mV")) {
            return u;
        }
        return (u.startsWith("mA") ? "mA" : "A") + " cm-2";
    }

    /** The usual short name of a reference electrode ("RHE", "Ag/AgCl", "SCE", "Hg/HgO", …). */
    public static String canonicalElectrode(String printed) {
        String p = printed.strip().replaceAll("\\s+", " ").replaceAll("[.,;]+$", "");
        String key = p.toUpperCase(Locale.ROOT).replace(" ", "");
        if (key.startsWith("RHE") || key.contains("REVERSIBLEHYDROGEN")) {
            return "RHE";
        }
        if (key.startsWith("AG/AGCL")) {
            return "Ag/AgCl";
        }
        if (key.startsWith("SCE") || key.contains("CALOMEL")) {
            return "SCE";
        }
        if (key.startsWith("HG/HGO")) {
            return "Hg/HgO";
        }
        if (key.startsWith("NHE") || key.contains("NORMALHYDROGEN")) {
            return "NHE";
        }
        if (key.startsWith("SHE") || key.contains("STANDARDHYDROGEN")) {
            return "SHE";
        }
        return p.split("[\\s,;]")[0];
    }

    private static String scaled(String lexical, int exponent) {
        return exponent == 0 ? lexical : new java.math.BigDecimal(lexical).scaleByPowerOfTen(exponent).toPlainString();
    }

    /** ASCII sign, no '+', no thousands separators; the printed digits are kept. */
    static String lexical(String number) {
        String n = number.replace(",", "").replace("−", "-");
        if (n.startsWith("+")) {
            n = n.substring(1);
        }
        if (n.startsWith(".") || n.startsWith("-.")) {
            n = n.replace(".", "0.");
        }
        return n;
    }
}
