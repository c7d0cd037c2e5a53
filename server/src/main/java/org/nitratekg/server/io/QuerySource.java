package org.nitratekg.server.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nitratekg.queries.NamedQueries;

/** A SPARQL query given on the command line: a named query of the library, or a {@code .rq} file. */
public record QuerySource(String name, String text) {

    public static QuerySource resolve(String nameOrFile) {
        if (nameOrFile.endsWith(".rq") || nameOrFile.contains("/") || nameOrFile.contains("\\")) {
            Path file = Path.of(nameOrFile);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(nameOrFile + ":1: an existing .rq query file, found none");
            }
            try {
                return new QuerySource(nameOrFile, StrictUtf8.decode(Files.readAllBytes(file), nameOrFile));
            } catch (IOException e) {
                throw new BadInputException(nameOrFile + ":1: a readable query file (" + e.getMessage() + ")");
            }
        }
        return NamedQueries.text(nameOrFile)
                .map(text -> new QuerySource(nameOrFile, text))
                .orElseThrow(() -> new BadInputException(
                        nameOrFile + ": the name of a query in queries/ (e.g. performance-table, references) or a .rq file"));
    }
}
