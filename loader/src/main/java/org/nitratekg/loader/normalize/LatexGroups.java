package org.nitratekg.loader.normalize;

import org.nitratekg.loader.ReviewFormatException;
import org.nitratekg.loader.read.SourceLine;

/** Checks that every LaTeX group and math fragment the converter opened on a line is closed on that line. */
public final class LatexGroups {

    private LatexGroups() {}

    public static void check(String sourceName, SourceLine line) {
        String t = line.text();
        int depth = 0;
        int openedAt = -1;
        int mathAt = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && "{}$".indexOf(t.charAt(i + 1)) >= 0) {
                i++;
            } else if (c == '{') {
                if (depth++ == 0) {
                    openedAt = i;
                }
            } else if (c == '}') {
                if (--depth < 0) {
                    throw new ReviewFormatException(sourceName, line.number(),
                            "a '{' before the '}' at column " + (i + 1));
                }
            } else if (c == '$') {
                mathAt = mathAt < 0 ? i : -1;
            }
        }
        if (depth > 0) {
            throw new ReviewFormatException(sourceName, line.number(),
                    "a '}' closing the LaTeX group opened at column " + (openedAt + 1));
        }
        if (mathAt >= 0) {
            throw new ReviewFormatException(sourceName, line.number(),
                    "a '$' closing the math fragment opened at column " + (mathAt + 1));
        }
    }
}
