package org.nitratekg.loader.prose;

/**
 * The spelling under which catalyst names are compared: every dash and minus variant becomes '-', so the table's
 * "Zr–N3O1/C" and the prose's "Zr-N3O1/C" or "Zr−N3O1/C" are one name. Keeps the length of the text, so positions
 * found in the key are positions in the text.
 */
final class NameKey {
    private static final String DASHES = "‐‑‒–—−";

    private NameKey() {}

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(DASHES.indexOf(c) >= 0 ? '-' : c);
        return out.toString();
    }
}
