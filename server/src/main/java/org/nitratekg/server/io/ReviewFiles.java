package org.nitratekg.server.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.nitratekg.loader.ReviewText;

/** Reads review text files for the loader, strictly as UTF-8. */
public final class ReviewFiles {
    private ReviewFiles() {}

    public static ReviewText read(Path file) {
        String name = file.toString();
        try {
            return new ReviewText(name, StrictUtf8.decode(Files.readAllBytes(file), name));
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ":1: an existing review text file, found none");
        } catch (IOException e) {
            throw new BadInputException(name + ":1: a readable review text file (" + e.getMessage() + ")");
        }
    }
}
