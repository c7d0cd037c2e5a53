package org.nitratekg.queries.gold;

/** A gold or result CSV that cannot be read; the message reads {@code FILE:LINE: what was expected}. */
public class GoldFormatException extends RuntimeException {
    public GoldFormatException(String source, long line, String expected) {
        super(source + ":" + line + ": " + expected);
    }
}
