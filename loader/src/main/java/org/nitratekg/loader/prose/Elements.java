package org.nitratekg.loader.prose;

import java.util.Map;
import java.util.Set;

/** Element symbols the name patterns need: metals that form active sites, and the atoms that coordinate them. */
final class Elements {
    static final String METAL = "(?:Li|Na|Mg|Al|Ca|Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|Sr|Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Ba|La|Ce"
            + "|Pr|Nd|Sm|Eu|Gd|Tb|Dy|Er|Yb|Hf|Ta|W|Re|Os|Ir|Pt|Au|Hg|Pb|Bi|V|Y)";
    static final String LIGAND_ATOM = "(?:Cl|Br|N|O|S|P|C|B|F|I)";
    static final Set<String> NON_METALS = Set.of("H", "B", "C", "N", "O", "F", "P", "S", "Cl", "Br", "I", "Se", "Te", "Si");
    static final Map<String, String> NAMES = Map.ofEntries(Map.entry("chlorine", "Cl"), Map.entry("fluorine", "F"),
            Map.entry("bromine", "Br"), Map.entry("sulfur", "S"), Map.entry("oxygen", "O"), Map.entry("phosphorus", "P"),
            Map.entry("nitrogen", "N"), Map.entry("boron", "B"), Map.entry("iodine", "I"), Map.entry("hydroxyl", "O"));

    private static final java.util.regex.Pattern METAL_SYMBOL = java.util.regex.Pattern.compile(METAL + "(?![a-z])");

    private Elements() {}

    static boolean isMetal(String symbol) {
        return symbol.matches(METAL);
    }

    /** The metal symbols a name contains, in order ("Pt–Os DAC/NC" gives Pt, Os). */
    static java.util.List<String> metalsIn(String name) {
        java.util.List<String> metals = new java.util.ArrayList<>();
        java.util.regex.Matcher m = METAL_SYMBOL.matcher(name);
        while (m.find()) {
            if (!metals.contains(m.group())) metals.add(m.group());
        }
        return metals;
    }
}
