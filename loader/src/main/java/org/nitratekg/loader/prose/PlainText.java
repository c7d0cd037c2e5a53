package org.nitratekg.loader.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a passage to the plain spelling the extractor matches against: LaTeX fragments, Unicode sub- and
 * superscripts and emphasis markers removed, so that {@code $^*\text{NO}_3$}, {@code *NO₃} and {@code *NO3} read alike.
 * Idempotent: text the loader already normalized passes through unchanged.
 */
final class PlainText {
    private static final Pattern MATH = Pattern.compile("\\$([^$]*)\\$");
    private static final Pattern LATEX_WRAPPER = Pattern.compile("\\\\(?:text|mathrm|mathbf|textbf|textit|mathit|rm)\\s*\\{([^{}]*)}");
    private static final Pattern SUB_OR_SUP = Pattern.compile("[_^]\\{([^{}]*)}|[_^]([^\\s{}])");
    private static final Pattern OUTSIDE_SUB = Pattern.compile("(?<=[A-Za-z0-9)\\]])_\\{([^{}]*)}|(?<=[A-Za-z0-9)\\]])_([A-Za-z0-9]+)");
    private static final Pattern OUTSIDE_SUP = Pattern.compile("(?<=[A-Za-z0-9)\\]])\\^\\{([^{}]*)}|(?<=[A-Za-z0-9)\\]])\\^([-+−*]|\\d+)");
    private static final Pattern BRACKET_CHARGE = Pattern.compile("(?<=[A-Za-z0-9])\\[([−–+-])]");
    private static final Pattern EMPHASIS = Pattern.compile("\\*([A-Za-z](?:[A-Za-z/ -]*[A-Za-z])?)\\*");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern SPACED_HYPHEN_BEFORE = Pattern.compile("(?<=[\\w)−])\\s+-(?=[A-Za-z])");
    private static final Pattern SPACED_HYPHEN_AFTER = Pattern.compile("(?<=-[a-z]{1,12})-\\s+(?=\\w)");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern SPACE_BEFORE_CLOSING = Pattern.compile(" ([,.;:)\\]])");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("([(\\[]) ");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻";
    private static final String DIGITS = "0123456789+−";

    private PlainText() {}

    static String of(String text) {
        String s = replaceAll(MATH, text, m -> latex(m.group(1)));
        s = replaceAll(OUTSIDE_SUB, s, m -> first(m));
        s = replaceAll(OUTSIDE_SUP, s, m -> first(m).replace('-', '−'));
        s = replaceAll(BRACKET_CHARGE, s, m -> m.group(1).replace('-', '−').replace('–', '−'));
        s = BOLD.matcher(s).replaceAll("$1");
        s = replaceAll(EMPHASIS, s, m -> m.group(1).chars().anyMatch(Character::isLowerCase) ? m.group(1) : m.group());
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int sub = SUBSCRIPTS.indexOf(c);
            int sup = SUPERSCRIPTS.indexOf(c);
            out.append(sub >= 0 ? DIGITS.charAt(sub) : sup >= 0 ? DIGITS.charAt(sup) : c == '\u00a0' ? ' ' : c == 'ₓ' ? 'x' : c == 'ₙ' ? 'n' : c);
        }
        s = out.toString();
        // converter spacing around hyphenated words ("NH3 -to- NO3", "Hads -mediated")
        s = SPACED_HYPHEN_BEFORE.matcher(s).replaceAll("-");
        s = SPACED_HYPHEN_AFTER.matcher(s).replaceAll("-");
        s = BLANKS.matcher(s).replaceAll(" ");
        s = SPACE_BEFORE_CLOSING.matcher(s).replaceAll("$1");
        s = SPACE_AFTER_OPENING.matcher(s).replaceAll("$1");
        return s.strip();
    }

    private static String latex(String math) {
        String s = math;
        String before;
        do {
            before = s;
            s = LATEX_WRAPPER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        } while (!s.equals(before));
        s = s.replace("\\rightarrow", "→").replace("\\to", "→").replace("\\leftarrow", "←").replace("\\pm", "±")
                .replace("\\sim", "~").replace("\\equiv", "≡").replace("\\%", "%").replace("\\circ", "°")
                .replace("\\delta", "δ").replace("\\mu", "µ").replace("\\times", "×").replace("\\approx", "≈")
                .replace("\\geq", "≥").replace("\\leq", "≤").replace("\\,", " ").replace("\\ ", " ").replace("--", "–");
        do {
            before = s;
            s = replaceAll(SUB_OR_SUP, s, m -> first(m).replace("-", "−"));
        } while (!s.equals(before));
        s = s.replace("{", "").replace("}", "").replace("\\", "");
        // a superscript minus written for a charge after a formula keeps its sign; "^{-1}" in units becomes "−1"
        return WHITE_SPACE.matcher(s).replaceAll(" ").strip().replace("* ", "*");
    }

    private static String first(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String replaceAll(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
