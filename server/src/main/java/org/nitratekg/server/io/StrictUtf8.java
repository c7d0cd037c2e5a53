package org.nitratekg.server.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.nitratekg.loader.ReviewFormatException;

/**
 * Decodes bytes as UTF-8 and refuses malformed input with the line it is on, where Java's lenient decoding would
 * silently put U+FFFD into the graph. A leading byte-order mark is dropped.
 */
public final class StrictUtf8 {
    private StrictUtf8() {}

    public static String decode(byte[] bytes, String sourceName) {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = lineAt(bytes, in.position());
            throw new ReviewFormatException(sourceName, line,
                    String.format("UTF-8 text, found a malformed byte sequence (0x%02X) at byte %d",
                            bytes[in.position()] & 0xFF, in.position()));
        }
        out.flip();
        return out.toString();
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** 1-based line number of the byte at {@code offset}. */
    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
