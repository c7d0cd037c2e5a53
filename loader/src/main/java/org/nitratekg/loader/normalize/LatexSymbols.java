package org.nitratekg.loader.normalize;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The LaTeX commands the converter leaves in review text that stand for one character (or nothing): {@code \pm},
 * {@code \mu}, {@code \rightarrow}, {@code \,}. One table for the loader, which makes text plain for searching, and
 * for the pages, which make it readable.
 */
public final class LatexSymbols {
    private static final Map<String, String> CHARACTERS = Map.ofEntries(
            Map.entry("mu", "μ"), Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("rightarrow", "→"),
            Map.entry("to", "→"), Map.entry("leftarrow", "←"), Map.entry("leftrightarrow", "↔"),
            Map.entry("rightleftharpoons", "⇌"), Map.entry("equiv", "≡"), Map.entry("times", "×"),
            Map.entry("approx", "≈"), Map.entry("sim", "~"), Map.entry("cdot", "·"), Map.entry("circ", "°"),
            Map.entry("degree", "°"), Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"), Map.entry("Delta", "Δ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("lambda", "λ"), Map.entry("sigma", "σ"), Map.entry("pi", "π"), Map.entry("le", "≤"),
            Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("left", ""),
            Map.entry("right", ""), Map.entry("%", "%"), Map.entry(",", " "), Map.entry(";", " "),
            Map.entry("!", ""), Map.entry(" ", " "), Map.entry("_", "_"), Map.entry("&", "&"), Map.entry("#", "#"));

    /** The command names of the table. */
    public static final Set<String> NAMES = CHARACTERS.keySet();

    /** A command: a backslash and a name of letters, or one of the punctuation commands; group 1 is the name. */
    public static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|[%,;! _&#])");

    private LatexSymbols() {}

    /** The character a command stands for; null when the table has none. */
    public static String character(String name) {
        return CHARACTERS.get(name);
    }

    /** The character a command stands for, or {@code otherwise}. */
    public static String characterOr(String name, String otherwise) {
        return CHARACTERS.getOrDefault(name, otherwise);
    }
}
