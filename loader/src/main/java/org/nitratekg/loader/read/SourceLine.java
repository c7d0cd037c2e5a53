package org.nitratekg.loader.read;

/** One line of the review's text: its 1-based number, the offset of its first character in the file, its text. */
public record SourceLine(int number, int offset, String text) {
    public boolean isBlank() {
        return text.isBlank();
    }

    public int endOffset() {
        return offset + text.length();
    }
}
