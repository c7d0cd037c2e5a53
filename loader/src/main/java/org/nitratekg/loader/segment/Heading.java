package org.nitratekg.loader.segment;

import org.nitratekg.loader.read.SourceLine;

/**
 * A section heading: numbered ("4.2. Distance Effect …", number {@code 4.2}) or an unnumbered back-matter heading
 * ("Funding"), with the heading it is nested in.
 */
public record Heading(String number, String title, SourceLine line, Heading parent) {
    public boolean numbered() {
        return number != null;
    }

    public int depth() {
        return number == null ? 1 : number.split("\\.").length;
    }
}
