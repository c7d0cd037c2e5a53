package org.nitratekg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The library of named SPARQL queries: {@code queries/NAME.rq}, shipped on the classpath. */
public final class NamedQueries {
    static final String FOLDER = "/org/nitratekg/queries/";

    private NamedQueries() {}

    /** The text of the named query, if there is one of that name. */
    public static Optional<String> text(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        try (InputStream in = NamedQueries.class.getResourceAsStream(FOLDER + name + ".rq")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
