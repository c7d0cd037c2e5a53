package org.nitratekg.loader.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.nitratekg.loader.ReviewFormatException;
import org.nitratekg.loader.ReviewText;

/** The read stage: bytes to checked text, text to numbered lines with their file offsets. */
public final class SourceReader {

    /**
     * The largest review text read: a long review is well under 1 MiB, and converting holds the whole text and its
     * graph in memory, so a bigger input (or an endless one such as /dev/zero) is refused before it can exhaust it.
     */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private SourceReader() {}

    /** The refusal of an input longer than {@link #MAX_BYTES}. */
    public static ReviewFormatException tooLarge(String sourceName) {
        return new ReviewFormatException(sourceName, 1,
                "a review text of at most " + (MAX_BYTES >> 20) + " MiB, found a larger input");
    }

    /** Decodes UTF-8 strictly; a malformed byte sequence is reported with the line it sits on. */
    public static ReviewText decode(String sourceName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(sourceName);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return new ReviewText(sourceName, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int bad = firstMalformedByte(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ReviewFormatException(sourceName, line,
                    "UTF-8 text, found an invalid byte 0x%02X".formatted(bytes[bad] & 0xFF));
        }
    }

    /**
     * The lines of the text, numbered from 1; CR LF and CR line ends are accepted. A control character other than
     * tab and line ends (NUL, form feed, escape, C1 controls) or a non-character is refused with its line: no RDF
     * syntax can carry all of them (RDF/XML cuts the text at the first), and a text with them is not a review's prose.
     */
    public static List<SourceLine> lines(ReviewText review) {
        String text = review.text();
        if (text.length() > MAX_BYTES) {
            throw tooLarge(review.sourceName());
        }
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefused(c)) {
                throw new ReviewFormatException(review.sourceName(), number,
                        "text without control characters, found U+%04X at column %d".formatted((int) c, i - start + 1));
            }
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(number++, start, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new SourceLine(number, start, text.substring(start)));
        }
        return lines;
    }

    private static boolean isRefused(char c) {
        return (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
                || c == '\uFFFE' || c == '\uFFFF';
    }

    private static int firstMalformedByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
            if (extra < 0 || i + extra >= bytes.length) {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return Math.max(0, bytes.length - 1);
    }
}
