package org.nitratekg.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of one review as the PDF converter produced it, with the name it is reported under in errors
 * (a file path, or the classpath name of the bundled review). Bytes of a file become one through
 * the read stage (SourceReader), which checks that they are UTF-8.
 */
public record ReviewText(String sourceName, String text) {

    public static final String BUNDLED_RESOURCE = "/org/nitratekg/corpus/zhang-2025-echem-no3rr-review.txt";

    /** The review shipped with nitrate-kg (CC BY 4.0, see the README beside it). */
    public static ReviewText bundled() {
        try (InputStream in = ReviewText.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled review missing from the classpath: " + BUNDLED_RESOURCE);
            }
            return new ReviewText("zhang-2025-echem-no3rr-review.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
