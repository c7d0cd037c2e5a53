package org.nitratekg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

    /**
     * The names of all named queries, sorted; read from every classpath folder of this package (in a jar or a
     * directory: in tests the test classes' folder of the same package comes first and holds no queries).
     */
    public static List<String> names() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        try {
            var folders = NamedQueries.class.getClassLoader().getResources(FOLDER.substring(1));
            while (folders.hasMoreElements()) {
                names.addAll(namesAt(folders.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    private static List<String> namesAt(URL folder) throws IOException {
        try {
            if (folder.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(folder.toURI(), Map.of())) {
                    return namesIn(jar.getPath(FOLDER));
                } catch (FileSystemAlreadyExistsException e) {
                    // Someone else has the jar open as a file system: read through theirs, leave it open.
                    return namesIn(FileSystems.getFileSystem(folder.toURI()).getPath(FOLDER));
                }
            }
            return namesIn(Path.of(folder.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the named queries at " + folder, e);
        }
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .filter(n -> n.matches("[a-z0-9][a-z0-9-]*"))
                    .sorted()
                    .toList();
        }
    }
}
