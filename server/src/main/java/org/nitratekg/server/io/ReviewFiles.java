package org.nitratekg.server.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.nitratekg.loader.ReviewText;
import org.nitratekg.loader.read.SourceReader;

/** Reads review text files for the loader, strictly as UTF-8. */
public final class ReviewFiles {
    private ReviewFiles() {}

    public static ReviewText read(Path file) {
        String name = file.toString();
        try {
            return new ReviewText(name, StrictUtf8.decode(readAtMost(file, SourceReader.MAX_BYTES, name), name));
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ":1: an existing review text file, found none");
        } catch (IOException e) {
            throw new BadInputException(name + ":1: a readable review text file (" + e.getMessage() + ")");
        }
    }

    /** The file's bytes, read no further than {@code limit}: a device or pipe reports no size to check first. */
    static byte[] readAtMost(Path file, int limit, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw SourceReader.tooLarge(name);
            }
            return bytes;
        }
    }
}
