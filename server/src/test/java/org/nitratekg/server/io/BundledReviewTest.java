package org.nitratekg.server.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

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
}
