package org.nitratekg.loader;

/** The review text is not in the shape the loader expects; the message reads {@code FILE:LINE: what was expected}. */
public class ReviewFormatException extends RuntimeException {
    private final String sourceName;
    private final int line;
    private final String expected;

    public ReviewFormatException(String sourceName, int line, String expected) {
        super(sourceName + ":" + line + ": " + expected);
        this.sourceName = sourceName;
        this.line = line;
        this.expected = expected;
    }

    public String sourceName() { return sourceName; }

    public int line() { return line; }

    public String expected() { return expected; }
}
