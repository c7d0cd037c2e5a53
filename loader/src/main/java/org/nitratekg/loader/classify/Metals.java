package org.nitratekg.loader.classify;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metals named in a catalyst name or a piece of text. Symbols are read case-sensitively so that the capitals of
 * support abbreviations ({@code NC}, {@code CNT}, {@code PTI}) are not read as metals, and the metals' English names
 * count in text ("cobalt phthalocyanine"). Single-letter metals other than V and W, and the rare metals whose
 * symbols spell parts of abbreviations (Y in "GDY", As in "SAs"), are left out on purpose.
 */
final class Metals {
    static final String SYMBOL = "(?:Li|Na|Mg|Al|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|La|Ce"
            + "|Pr|Nd|Sm|Eu|Gd|Tb|Dy|Er|Yb|Hf|Ta|Re|Os|Ir|Pt|Au|Hg|Pb|Bi|V|W)";
    /** A metal symbol standing as an element of a formula: not followed by a lower-case letter other than x. */
    static final Pattern IN_FORMULA = Pattern.compile(SYMBOL + "(?![a-wyz])");
    private static final Pattern IN_TEXT = Pattern.compile("(?<![A-Za-z])" + SYMBOL + "(?=[A-Z0-9\\s/–\\-·:@&(),;.]|$)");
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("iron", "Fe"), Map.entry("cobalt", "Co"),
            Map.entry("nickel", "Ni"), Map.entry("copper", "Cu"), Map.entry("zinc", "Zn"), Map.entry("manganese", "Mn"),
            Map.entry("ruthenium", "Ru"), Map.entry("rhodium", "Rh"), Map.entry("palladium", "Pd"),
            Map.entry("silver", "Ag"), Map.entry("platinum", "Pt"), Map.entry("gold", "Au"), Map.entry("iridium", "Ir"),
            Map.entry("molybdenum", "Mo"), Map.entry("tungsten", "W"), Map.entry("tin", "Sn"), Map.entry("bismuth", "Bi"),
            Map.entry("indium", "In"), Map.entry("titanium", "Ti"), Map.entry("vanadium", "V"),
            Map.entry("chromium", "Cr"), Map.entry("cerium", "Ce"), Map.entry("zirconium", "Zr"));
    /** The English metal names as a regex alternation. */
    static final String NAME_WORDS = String.join("|", NAMES.keySet());
    private static final Pattern NAME = Pattern.compile("(?i)\\b(" + NAME_WORDS + ")\\b");

    private Metals() {}

    /** The distinct metals of a name or formula, in order of appearance. */
    static Set<String> inFormula(String formula) {
        Set<String> metals = new LinkedHashSet<>();
        Matcher m = IN_FORMULA.matcher(formula);
        while (m.find()) {
            metals.add(m.group());
        }
        return metals;
    }

    /**
     * The distinct metals a sentence or title names, by symbol or by English name. "In" at the start of a word
     * group is read as the preposition, so indium is only seen in formulas.
     */
    static Set<String> inText(String text) {
        Set<String> metals = new LinkedHashSet<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            if (!m.group().equals("In")) {
                metals.add(m.group());
            }
        }
        Matcher n = NAME.matcher(text);
        while (n.find()) {
            metals.add(NAMES.get(n.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
        return metals;
    }
}
