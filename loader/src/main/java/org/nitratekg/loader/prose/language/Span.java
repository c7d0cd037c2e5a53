package org.nitratekg.loader.prose.language;

/** A stretch of a sentence's text, from {@code start} (inclusive) to {@code end} (exclusive). */
public record Span(int start, int end) {
    public boolean contains(int position) {
        return start <= position && position < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
