package org.nitratekg.server.text;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Character-level normalisation applied before tokenising, both when indexing and when searching, so that
 * {@code CuN₃}, {@code Cu–N3} and {@code Cu-N3} meet: sub- and superscript digits become plain digits, the many
 * dash and minus characters become an ASCII hyphen, sub/superscript signs become hyphen or nothing, and a
 * converter's subscript underscore ({@code NO_3}) is dropped.
 */
final class ChemicalCharMap {
    static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";
    static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small/full-width hyphen-minus. */
    static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D";

    static final NormalizeCharMap MAP = build();

    private ChemicalCharMap() {}

    private static NormalizeCharMap build() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (int d = 0; d < 10; d++) {
            map.add(String.valueOf(SUBSCRIPT_DIGITS.charAt(d)), String.valueOf(d));
            map.add(String.valueOf(SUPERSCRIPT_DIGITS.charAt(d)), String.valueOf(d));
        }
        for (char dash : DASHES.toCharArray()) {
            map.add(String.valueOf(dash), "-");
        }
        map.add("⁻", "-");
        map.add("₋", "-");
        map.add("⁺", " ");
        // PDF converters write subscripts as LaTeX-like "NO_3": the underscore only marks the subscript.
        map.add("_", "");
        map.add("₊", " ");
        return map.build();
    }
}
