package org.nitratekg.loader.extract;

import java.util.regex.Pattern;

import org.nitratekg.loader.normalize.MappedText;

/**
 * Catalyst names as the table prints them, with the spaces the converter puts around joining characters dropped
 * ({@code Pt1 – CeO2} → {@code Pt1–CeO2}, {@code Zn3 (BTC)2} → {@code Zn3(BTC)2}); spaces between words stay.
 */
public final class CatalystNames {
    private static final Pattern AROUND_JOINER = Pattern.compile("\\s+(?=[–\\-/@])|(?<=[–\\-/@])\\s+");
    private static final Pattern CITATION = Pattern.compile("\\s*\\[\\d[\\d,;–\\s-]*\\]");
    private static final Pattern BEFORE_PARENTHESIS = Pattern.compile("(?<=[0-9A-Za-z])\\s+(?=\\((?![a-z]{3,}))");

    private CatalystNames() {}

    public static MappedText clean(MappedText normalizedCell) {
        return normalizedCell.replace(CITATION, "").replace(AROUND_JOINER, "").replace(BEFORE_PARENTHESIS, "").strip();
    }

    /**
     * A readable IRI segment for a catalyst name, the same for the same printed name in every review:
     * letters, digits, '.', '-' and '_' kept; '/' → '_', '@' → '-at-', '&' → '-and-', '%' → 'pct', spaces and dashes
     * → '-'; anything else percent-encoded.
     */
    public static String slug(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_')) {
                out.appendCodePoint(cp);
            } else if (cp == '-' || cp == '–' || cp == '—' || Character.isWhitespace(cp)) {
                out.append('-');
            } else if (cp == '/') {
                out.append('_');
            } else if (cp == '@') {
                out.append("-at-");
            } else if (cp == '&') {
                out.append("-and-");
            } else if (cp == '%') {
                out.append("pct");
            } else if (cp == '+') {
                out.append("plus");
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }
}
