package org.nitratekg.server.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nitratekg.server.store.DatasetContents.copy;
import static org.nitratekg.server.store.DatasetContents.hits;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.ProgressListener;
import org.nitratekg.server.store.StoreLoader;

class BundledReviewTest {
    @Test
    void theGraphPackagedByTheBuildIsAFreshConversionOfTheBundledText() {
        assertThat(BundledReview.class.getResource(BundledReview.RESOURCE)).as("packaged by the build").isNotNull();
        Model packaged = BundledReview.model();
        Model fresh = new ReviewConverter().convert(ReviewText.bundled());
        assertThat(packaged.size()).isEqualTo(fresh.size()).isGreaterThan(10_000);
        assertThat(packaged.getNsPrefixMap()).isEqualTo(fresh.getNsPrefixMap());
        assertThat(packaged.isIsomorphicWith(fresh)).isTrue();
    }

    @Test
    void theDatasetPackagedByTheBuildHoldsAndFindsWhatAFreshLoadDoes() {
        assertThat(BundledReview.class.getResource(BundledReview.DATASET + "/dataset.rt")).as("packaged by the build").isNotNull();
        DatasetGraph packaged = BundledReview.dataset();
        DatasetGraph fresh = NkgDatasets.inMemory();
        new StoreLoader(fresh, ProgressListener.NONE).load(List.of(new ReviewConverter().convert(ReviewText.bundled())));
        assertThat(copy(packaged, null).isIsomorphicWith(copy(fresh, null))).isTrue();
        assertThat(copy(packaged, StoreLoader.ONTOLOGY_GRAPH).isIsomorphicWith(copy(fresh, StoreLoader.ONTOLOGY_GRAPH))).isTrue();
        assertThat(copy(packaged, null).getPrefixMapping().getNsPrefixMap())
                .isEqualTo(copy(fresh, null).getPrefixMapping().getNsPrefixMap());
        for (String words : List.of("CuN₃", "operando XAS", "scaling relation", "Fe-N4", "Cu/Cu2O")) {
            assertThat(hits(packaged, words)).as(words).isEqualTo(hits(fresh, words));
        }
        assertThat(hits(packaged, "operando XAS")).isPositive();
    }

}
