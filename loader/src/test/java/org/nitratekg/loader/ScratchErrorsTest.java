package org.nitratekg.loader;

import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ScratchErrorsTest {
    @Test
    void print() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var dirs = Files.list(Path.of("src/test/resources/cases"))) {
            for (Path d : dirs.sorted().toList()) {
                if (!d.getFileName().toString().startsWith("error-")) continue;
                String name = d.getFileName() + "/input.txt";
                try {
                    new ReviewConverter().convert(ReviewText.fromBytes(name, Files.readAllBytes(d.resolve("input.txt"))));
                    sb.append(d.getFileName()).append(" => NO ERROR\n");
                } catch (ReviewFormatException e) {
                    sb.append(d.getFileName()).append(" => ").append(e.getMessage()).append('\n');
                } catch (Exception e) {
                    sb.append(d.getFileName()).append(" => OTHER ").append(e).append('\n');
                }
            }
        }
        Files.writeString(Path.of("/tmp/errors.out"), sb);
    }
}
