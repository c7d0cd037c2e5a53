package org.nitratekg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.io.BadInputException;

class ReviewConflictsTest {
    private static final ReviewText BUNDLED = ReviewText.bundled();

    private static Model convert(String name, String text) {
        return new ReviewConverter().convert(new ReviewText(name, text));
    }

    /** The same review (same DOI) with one section title and one sentence changed. */
    private static String edited() {
        return BUNDLED.text().replaceFirst("\n1\\. Introduction\n", "\n1. Introduction and Scope\n")
                .replaceFirst("Ammonia is among", "Ammonia is surely among");
    }

    @Test
    void aSecondTextWithTheSameDoiIsRefusedAndTheStoreKeepsTheFirst() {
        DatasetGraph store = NkgDatasets.inMemory();
        new StoreLoader(store, ProgressListener.NONE).load(List.of(convert("review.txt", BUNDLED.text())));
        long before = Txn.calculateRead(store, () -> store.getDefaultGraph().size());

        Model other = convert("edited.txt", edited());
        assertThatThrownBy(() -> new StoreLoader(store, ProgressListener.NONE).load(List.of(other)))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("edited.txt:1: a review not yet in the store under another text, found "
                        + "https://w3id.org/nitrate-kg/id/review/echem-2025-100002 already loaded with other content");
        assertThat(Txn.calculateRead(store, () -> store.getDefaultGraph().size())).isEqualTo(before);
    }

    @Test
    void twoTextsWithTheSameDoiInOneLoadAreRefused() {
        DatasetGraph store = NkgDatasets.inMemory();
        List<Model> both = List.of(convert("review.txt", BUNDLED.text()), convert("edited.txt", edited()));
        assertThatThrownBy(() -> new StoreLoader(store, ProgressListener.NONE).load(both))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("edited.txt:1: ");
    }

    @Test
    void loadingTheSameTextAgainChangesNothing() {
        DatasetGraph store = NkgDatasets.inMemory();
        new StoreLoader(store, ProgressListener.NONE).load(List.of(convert("review.txt", BUNDLED.text())));
        long once = groundTriples(store);
        new StoreLoader(store, ProgressListener.NONE).load(List.of(convert("copy-of-review.txt", BUNDLED.text())));
        // Only the source's file name is new; blank nodes get new labels on each conversion.
        assertThat(groundTriples(store)).isEqualTo(once + 1);
    }

    @Test
    void loadingTheSameTextAgainIntoATdb2StoreIsAllowed(@TempDir Path dir) {
        // TDB2 gives numbers back in canonical form ("97.0" for a decimal printed "97"): the same text is still the same.
        DatasetGraph store = NkgDatasets.store(dir);
        try {
            new StoreLoader(store, ProgressListener.NONE).load(List.of(convert("review.txt", BUNDLED.text())));
            long once = groundTriples(store);
            new StoreLoader(store, ProgressListener.NONE).load(List.of(convert("again.txt", BUNDLED.text())));
            assertThat(groundTriples(store)).isEqualTo(once + 1);
            Model other = convert("edited.txt", edited());
            assertThatThrownBy(() -> new StoreLoader(store, ProgressListener.NONE).load(List.of(other)))
                    .isInstanceOf(BadInputException.class).hasMessageStartingWith("edited.txt:1: ");
        } finally {
            store.close();
        }
    }

    private static long groundTriples(DatasetGraph store) {
        return Txn.calculateRead(store, () -> store.getDefaultGraph().stream()
                .filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank()).count());
    }
}
