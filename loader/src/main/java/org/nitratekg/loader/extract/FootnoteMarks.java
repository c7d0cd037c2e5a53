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
        return endsWithMark(printedCell) ? TRAILING_MARKS.matcher(printedCell).replaceFirst("") : printedCell;
    }

    /**
     * Whether the cell, without trailing white space, ends with a character every mark ends with: most cells end
     * with a digit or a letter and are not scanned from every position by the pattern. Skipped at the end: white
     * space and line terminators ('$' matches before a final one, NEL among them, which is no white space to Java).
     */
    static boolean endsWithMark(String cell) {
        int end = cell.length();
        while (end > 0 && (Character.isWhitespace(cell.charAt(end - 1)) || cell.charAt(end - 1) == '\u0085')) end--;
        return end > 0 && "}ᵃᵇᶜᵈᵉ*†‡§#".indexOf(cell.charAt(end - 1)) >= 0;
    }
}
