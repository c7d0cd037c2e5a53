package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class NamedQueriesListTest {
    @Test
    void listsEveryQueryFileOfTheFolderAndEachNameHasItsText() throws IOException {
        // Tests run in the module folder, where the .rq files are.
        try (Stream<Path> files = Files.list(Path.of("."))) {
            var expected = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            assertThat(expected).contains("performance-table", "references");
            assertThat(NamedQueries.names()).isEqualTo(expected);
        }
        assertThat(NamedQueries.names()).allSatisfy(n -> assertThat(NamedQueries.text(n)).isPresent());
    }
}
