package org.nitratekg.loader.extract;

import java.util.regex.Pattern;

/**
 * Table cells may end with marks that point to the table's footnotes ({@code 95.1 ^{a}}, {@code 3.2^{*}},
 * {@code 2.0 †}); they are not part of the value, its unit or the catalyst's name.
 */
public final class FootnoteMarks {
    private static final Pattern TRAILING_MARKS = Pattern.compile(
            "(?:\\s*\\^\\{\\s*(?:[a-z]|[*†‡§#]{1,2})\\s*\\}|\\s*[ᵃᵇᶜᵈᵉ*†‡§]+|\\s+[*†‡§#]+)+\\s*$");

    private FootnoteMarks() {}

    /** The printed cell without the footnote marks at its end (a prefix of it, so offsets stay valid). */
    public static String strip(String printedCell) {
        return TRAILING_MARKS.matcher(printedCell).replaceFirst("");
    }
}
