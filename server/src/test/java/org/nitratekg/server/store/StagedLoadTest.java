package org.nitratekg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nitratekg.server.store.DatasetContents.copy;
import static org.nitratekg.server.store.DatasetContents.hits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.io.BadInputException;

class StagedLoadTest {
    private static final ReviewConverter CONVERTER = new ReviewConverter();
    private static final List<ReviewText> REVIEWS = List.of(ReviewText.bundled(),
            new ReviewText("review-d.txt", read("../loader/src/test/resources/gold/review-d/review-d.txt")));
    private static final Function<ReviewText, Model> CONVERT = CONVERTER::convert;
    private static final List<String> SEARCHES = List.of("CuN₃", "operando XAS", "scaling relation", "nitrate", "Fe-N4");

    @TempDir
    Path dir;

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Iterator<Model> converted(List<ReviewText> texts) {
        return texts.stream().map(CONVERT).iterator();
    }

    @Test
    void aNewStoreBuiltAsideHoldsWhatATransactionalLoadWritesAndFindsTheSameWords() {
        Path staged = dir.resolve("staged");
        assertThat(StagedLoad.appliesTo(staged)).isTrue();
        long offered = new StagedLoad(staged, ProgressListener.NONE).load(converted(REVIEWS), REVIEWS.size(),
                new ReviewsInOneLoad<>(REVIEWS, CONVERT));

        DatasetGraph transactional = NkgDatasets.store(dir.resolve("transactional"));
        long offeredThere = new StoreLoader(transactional, ProgressListener.NONE).load(converted(REVIEWS), REVIEWS.size());
        DatasetGraph built = NkgDatasets.store(staged);
        try {
            assertThat(offered).isEqualTo(offeredThere).isPositive();
            assertThat(copy(built, null).isIsomorphicWith(copy(transactional, null))).isTrue();
            assertThat(copy(built, StoreLoader.ONTOLOGY_GRAPH).isIsomorphicWith(copy(transactional, StoreLoader.ONTOLOGY_GRAPH))).isTrue();
            for (String words : SEARCHES) {
                assertThat(hits(built, words)).as(words).isEqualTo(hits(transactional, words));
            }
            assertThat(hits(built, "CuN₃")).isPositive();
            Map<String, String> prefixes = Txn.calculateRead(built, () -> built.getDefaultGraph().getPrefixMapping().getNsPrefixMap());
            assertThat(prefixes).containsAllEntriesOf(CONVERT.apply(REVIEWS.get(0)).getNsPrefixMap());
            // the optimizer's statistics are there, the build's own parameters are not
            Path storage = staged.resolve(NkgDatasets.TDB_FOLDER).resolve("Data-0001");
            assertThat(storage.resolve(StoreStatistics.FILE)).isNotEmptyFile();
            assertThat(storage.resolve("tdb.cfg")).doesNotExist();
        } finally {
            built.close();
            transactional.close();
        }
        assertThat(StagedLoad.appliesTo(staged)).as("a store with data takes transactions").isFalse();
        assertThat(StoreSwap.stagingOf(staged)).doesNotExist();
    }

    @Test
    void anEmptyStoreIsBuiltAsideToo() {
        Path store = dir.resolve("store");
        NkgDatasets.store(store).close();
        TDBInternal.reset();
        assertThat(StagedLoad.appliesTo(store)).isTrue();
        new StagedLoad(store, ProgressListener.NONE).load(converted(REVIEWS.subList(0, 1)), 1,
                new ReviewsInOneLoad<>(REVIEWS.subList(0, 1), CONVERT));
        DatasetGraph built = NkgDatasets.store(store);
        try {
            assertThat(hits(built, "CuN₃")).isPositive();
        } finally {
            built.close();
        }
    }

    @Test
    void aLoadThatFailsPartWayLeavesNoStoreAndNoDebris() {
        Path store = dir.resolve("store");
        Iterator<Model> failing = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Model next() {
                if (given++ == 1) {
                    throw new BadInputException("late.txt:3: a review");
                }
                return CONVERT.apply(REVIEWS.get(0));
            }
        };
        assertThatThrownBy(() -> new StagedLoad(store, ProgressListener.NONE).load(failing, 3, review -> {}))
                .isInstanceOf(BadInputException.class).hasMessage("late.txt:3: a review");
        assertThat(NkgDatasets.isStore(store)).isFalse();
        assertThat(StoreSwap.stagingOf(store)).doesNotExist();
        assertThat(store.resolve(NkgDatasets.TEXT_FOLDER)).doesNotExist();
    }

    @Test
    void aLoadWhoseFirstReviewFailsLeavesNoLoaderThreadFailingBehindIt() throws Exception {
        // The bulk loader's worker threads start with the load; a bad first review used to close the database under
        // them, and a worker then printed a stack trace of its own after the one-line error.
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                Path store = dir.resolve("store-" + attempt);
                Iterator<Model> failingAtOnce = Collections.emptyIterator();
                Iterator<Model> failing = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return true;
                    }

                    @Override
                    public Model next() {
                        failingAtOnce.next();
                        return null;
                    }
                };
                assertThatThrownBy(() -> new StagedLoad(store, ProgressListener.NONE).load(failing, 1, review -> {}))
                        .isInstanceOf(NoSuchElementException.class);
                assertThat(NkgDatasets.isStore(store)).isFalse();
            }
            Thread.sleep(500);
            assertThat(uncaught).isEmpty();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void twoTextsOfOneReviewInOneLoadAreRefusedBeforeAnythingIsWritten() {
        String edited = REVIEWS.get(0).text().replaceFirst("\n1\\. Introduction\n", "\n1. Introduction and Scope\n");
        List<ReviewText> both = List.of(REVIEWS.get(0), new ReviewText("edited.txt", edited));
        Path store = dir.resolve("store");
        assertThatThrownBy(() -> new StagedLoad(store, ProgressListener.NONE).load(converted(both), 2,
                new ReviewsInOneLoad<>(both, CONVERT)))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("edited.txt:1: a review not yet in the store");
        assertThat(NkgDatasets.isStore(store)).isFalse();
    }

    @Test
    void theSameTextTwiceInOneLoadIsAllowed() {
        List<ReviewText> twice = List.of(REVIEWS.get(0), new ReviewText("copy.txt", REVIEWS.get(0).text()));
        Path store = dir.resolve("store");
        new StagedLoad(store, ProgressListener.NONE).load(converted(twice), 2, new ReviewsInOneLoad<>(twice, CONVERT));
        assertThat(NkgDatasets.isStore(store)).isTrue();
    }

    @Test
    void openingAStoreRemovesWhatAKilledBuildLeft() throws Exception {
        Path store = dir.resolve("store");
        // killed while building: a staging directory nobody holds the lock of
        Files.createDirectories(StoreSwap.stagingOf(store).resolve(NkgDatasets.TDB_FOLDER));
        Files.writeString(StoreSwap.stagingOf(store).resolve(NkgDatasets.TDB_FOLDER).resolve("half.dat"), "x");
        // killed between the two renames of the swap: a text index with no database
        Files.createDirectories(store.resolve(NkgDatasets.TEXT_FOLDER));
        Files.writeString(store.resolve(NkgDatasets.TEXT_FOLDER).resolve("segments_1"), "x");

        assertThat(StagedLoad.appliesTo(store)).isTrue();
        assertThat(StoreSwap.stagingOf(store)).doesNotExist();
        assertThat(store.resolve(NkgDatasets.TEXT_FOLDER)).doesNotExist();
    }

    @Test
    void aStagingDirectoryInUseIsLeftAlone() throws Exception {
        Path store = dir.resolve("store");
        Files.createDirectories(StoreSwap.stagingOf(store));
        try (var building = StoreSwap.tryLock(store)) {
            assertThat(building).isNotNull();
            StoreSwap.recover(store);
            assertThat(StoreSwap.stagingOf(store)).isDirectory();
        }
        StoreSwap.recover(store);
        assertThat(StoreSwap.stagingOf(store)).doesNotExist();
    }
}
