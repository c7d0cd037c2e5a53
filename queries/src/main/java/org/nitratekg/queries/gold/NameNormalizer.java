package org.nitratekg.queries.gold;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds the ways one name can be printed into one comparable form. Reviews and their converters write the same
 * catalyst as {@code Co–N₃O₁/C}, {@code Co-N3O1/C} or {@code Co - N3O1 / C}; gold files are typed by hand in plain
 * ASCII. Comparing the folded forms keeps the score about what was extracted, not about how it was typeset.
 */
final class NameNormalizer {
    /** Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus, small and fullwidth hyphen-minus. */
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]");
    private static final Pattern ARROWS = Pattern.compile("\\s*(?:\u2192|\u27F6|-+>)\\s*");
    private static final Pattern SPACED_JOINERS = Pattern.compile("\\s*([-/])\\s*");
    private static final Pattern DASH_RUNS = Pattern.compile("-{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Converters set a Unicode sub- or superscript apart from its symbol ({@code Fe ₂ –N ₆ /C}). */
    private static final Pattern SPACE_BEFORE_SCRIPT = Pattern.compile("\\s+(?=[\u2070-\u209C\u00B2\u00B3\u00B9])");
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("^(.*?)\\s+\\(([^()]*)\\)$");

    private NameNormalizer() {}

    /**
     * Case-insensitive name form: sub- and superscripts joined to their symbol, NFKC (which turns them into plain
     * digits and signs), every dash and minus as {@code -}, no spaces around {@code -} and {@code /}, single spaces,
     * lower case.
     * Runs of dashes become one because a converter may print a minus sign next to a joining dash ({@code NO3-–N}).
     */
    static String name(String text) {
        if (text == null) {
            return "";
        }
        String s = SPACE_BEFORE_SCRIPT.matcher(text).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = DASHES.matcher(s).replaceAll("-");
        s = ARROWS.matcher(s).replaceAll(" \u2192 ");
        s = SPACED_JOINERS.matcher(s).replaceAll("$1");
        s = DASH_RUNS.matcher(s).replaceAll("-");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * A unit as printed: the name form without subscript marks and with the micro sign as {@code u}, so
     * {@code µg h⁻¹ mg_cat⁻¹} and {@code ug h-1 mgcat-1} agree.
     */
    static String unit(String text) {
        return name(text).replace("_", "").replace('\u03BC', 'u');
    }

    /**
     * An intermediate or a step between intermediates ({@code *NO3}, {@code NO₃⁻}, {@code *NO3 → *NO2}): the name form
     * without any spaces, since converters insert them freely inside formulas.
     */
    static String intermediate(String text) {
        return name(text).replace(" ", "");
    }

    /** The number a cell holds, if it holds only a number (a leading {@code +} and any minus variant allowed). */
    static Double number(String text) {
        String s = name(text).replace(" ", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!s.matches("-?(\\d+\\.?\\d*|\\.\\d+)(e-?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s);
    }

    /** A catalyst name without a trailing parenthetical qualifier such as {@code (pristine)} or {@code (generic)}. */
    static CatalystName catalyst(String text) {
        String s = name(text);
        if (s.equals("(generic)")) {
            return new CatalystName("", true);
        }
        var m = TRAILING_QUALIFIER.matcher(s);
        if (m.matches()) {
            return new CatalystName(m.group(1), m.group(2).strip().equals("generic"));
        }
        return new CatalystName(s, false);
    }

    /**
     * A catalyst name in its compared form. A generic one stands for a general statement about no particular
     * catalyst, which the queries write with an empty catalyst.
     */
    record CatalystName(String name, boolean generic) {}
}
