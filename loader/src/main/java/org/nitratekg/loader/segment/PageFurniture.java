package org.nitratekg.loader.segment;

import java.util.regex.Pattern;

/**
 * Lines a PDF converter copies from the page rather than the article's flow: copyright and publisher's notes at a
 * page foot, page numbers, running heads. They may fall in the middle of a paragraph or between table parts.
 */
public final class PageFurniture {
    private static final Pattern FURNITURE = Pattern.compile(
            "^\\s*(?:Copyright\\s*:|Publisher[’']s\\s+Note\\s*:|Page\\s+\\d+\\s+of\\s+\\d+\\s*$|\\d+\\s+of\\s+\\d+\\s*$"
                    + "|https?://doi\\.org/\\S+\\s*$|\\S[\\w .&-]{0,40}\\s\\d{4},\\s*\\d+\\s*(?:\\(\\d+\\))?,\\s*\\d+\\s*$)");

    private PageFurniture() {}

    public static boolean is(String line) {
        return FURNITURE.matcher(line).find();
    }

    /** The copyright line that carries the article's licence. */
    public static boolean isCopyright(String line) {
        return line.strip().startsWith("Copyright");
    }
}
