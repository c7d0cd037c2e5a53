package org.nitratekg.loader.prose.language;

/**
 * A clause of a sentence and how it is joined to the clause before it: {@link Link#CONTRAST} ("; ", ", while",
 * "whereas", ", but", ", yet") starts a statement of its own, {@link Link#CONTINUATION} (": ", ", because",
 * ", since", ", so", ", and") explains or continues the one before.
 */
public record Clause(Span span, Link link, String joiner) {
    public enum Link { START, CONTRAST, CONTINUATION }

    /** A clause that opens with "whereas", "while", "but" …: a statement about something set against the main one. */
    public boolean subordinateContrast() {
        return link == Link.CONTRAST && joiner.strip().replaceFirst("^,\\s*", "").matches("(?i)(?:whereas|while|whilst|but|yet|although|though)\\b.*");
    }
}
