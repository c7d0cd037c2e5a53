package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewText;

/**
 * {@code kill -9} of a load at random moments (starting, converting, writing, committing): the store is left
 * exactly as before the load, or exactly as after it if the load had finished; it always opens, answers and
 * searches.
 */
class KillDuringLoadIT {
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    private String counts(Path store) throws Exception {
        Path rq = Files.writeString(dir.resolve("counts.rq"), """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?triples ?hits {
                  { SELECT (COUNT(*) AS ?triples) { ?s ?p ?o } }
                  { SELECT (COUNT(*) AS ?hits) { ?x text:query ("nitrate" 100000) } }
                }""");
        NkgProcess.Run r = NkgProcess.run(List.of("query", "--data", store.toString(), rq.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().strip();
    }

    @Test
    void aLoadKilledAtAnyMomentLeavesTheStoreAsBeforeOrAsAfter() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), ReviewText.bundled().text(), StandardCharsets.UTF_8);
        Path second = Files.copy(Path.of("../loader/src/test/resources/gold/review-d/review-d.txt"), dir.resolve("second.txt"));
        Path store = dir.resolve("store");
        assertThat(NkgProcess.run(List.of("load", "--store", store.toString(), first.toString())).exit()).isZero();
        String before = counts(store);

        Path reference = dir.resolve("reference");
        assertThat(NkgProcess.run(List.of("load", "--store", reference.toString(), first.toString(), second.toString())).exit()).isZero();
        String after = counts(reference);
        assertThat(after).isNotEqualTo(before);

        Random random = new Random(7);
        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            Process load = NkgProcess.builder(List.of("load", "--store", store.toString(), second.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(400 + random.nextInt(2600));
            load.destroyForcibly(); // SIGKILL
            assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String now = counts(store);
            // A load may have committed just before the kill: then the store is as after it, and the loop ends.
            assertThat(now).as("store after kill %d", i + 1).isIn(before, after);
            if (now.equals(after)) {
                break;
            }
            killed++;
        }
        assertThat(killed).as("loads killed before they finished").isGreaterThanOrEqualTo(3);
    }

    /** A new store is built aside and swapped in: a kill leaves no store (it reads as none) or the whole of it. */
    @Test
    void aNewStoreKilledAtAnyMomentIsThereWholeOrNotAtAll() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), ReviewText.bundled().text(), StandardCharsets.UTF_8);
        Path second = Files.copy(Path.of("../loader/src/test/resources/gold/review-d/review-d.txt"), dir.resolve("second.txt"));
        Path reference = dir.resolve("reference");
        assertThat(NkgProcess.run(List.of("load", "--store", reference.toString(), first.toString(), second.toString())).exit()).isZero();
        String whole = counts(reference);

        Random random = new Random(11);
        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            Path store = dir.resolve("new-" + i);
            Process load = NkgProcess.builder(List.of("load", "--store", store.toString(), first.toString(), second.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(400 + random.nextInt(4600));
            load.destroyForcibly(); // SIGKILL
            assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();
            NkgProcess.Run query = NkgProcess.run(List.of("query", "--data", store.toString(), "references"));
            if (query.exit() == 0) {
                assertThat(counts(store)).as("store after kill %d", i + 1).isEqualTo(whole);
                continue;
            }
            killed++;
            // no store: the directory is not there yet, or holds no database
            assertThat(query.exit()).isEqualTo(2);
            assertThat(query.err()).as("store after kill %d", i + 1)
                    .containsAnyOf("a store directory made by 'nkg load'", "an existing RDF file, found none");
            // the next load finds the debris gone and builds the store
            assertThat(NkgProcess.run(List.of("load", "--store", store.toString(), first.toString(), second.toString())).exit()).isZero();
            assertThat(counts(store)).isEqualTo(whole);
            assertThat(store.resolve("staging")).doesNotExist();
        }
        assertThat(killed).as("loads killed before they finished").isGreaterThanOrEqualTo(2);
    }
}
