package org.nitratekg.server.io;

/** Input the command line cannot use; the message reads {@code FILE:LINE: what was expected} where a line is known. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String source, long line, String expected) {
        super(source + ":" + line + ": " + expected);
    }
}
