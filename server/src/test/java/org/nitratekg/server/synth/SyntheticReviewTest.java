package org.nitratekg.server.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.ontology.NKG;

class SyntheticReviewTest {
    static Model base;
    static List<Model> variants;

    @BeforeAll
    static void convert() {
        ReviewConverter converter = new ReviewConverter();
        base = converter.convert(ReviewText.bundled());
        SyntheticReview synthetic = new SyntheticReview(ReviewText.bundled());
        variants = List.of(1, 2, 3).stream().map(n -> converter.convert(synthetic.variant(n))).toList();
    }

    static Resource review(Model m) {
        return m.listResourcesWithProperty(RDF.type, NKG.Review).next();
    }

    static Set<String> objects(Model m, org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(p).toList().stream().map(o -> o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString())
                .collect(Collectors.toSet());
    }

    @Test
    void everyVariantConvertsAsAReviewOfItsOwnWithTheSameShape() {
        Set<String> iris = variants.stream().map(m -> review(m).getURI()).collect(Collectors.toSet());
        assertThat(iris).hasSize(3).doesNotContain(review(base).getURI());
        for (Model v : variants) {
            assertThat(v.listResourcesWithProperty(RDF.type, NKG.TableRow).toList())
                    .hasSameSizeAs(base.listResourcesWithProperty(RDF.type, NKG.TableRow).toList());
            assertThat(v.listResourcesWithProperty(RDF.type, NKG.Reference).toList())
                    .hasSameSizeAs(base.listResourcesWithProperty(RDF.type, NKG.Reference).toList());
            assertThat(v.size()).isBetween(base.size() * 9 / 10, base.size() * 11 / 10);
        }
    }

    @Test
    void catalystNamesFiguresAndReferencesDifferFromTheOriginal() {
        Set<String> names = objects(base, NKG.printedName);
        for (Model v : variants) {
            Set<String> renamed = objects(v, NKG.printedName);
            renamed.removeAll(names);
            assertThat(renamed).as("catalyst names not in the original").isNotEmpty();
        }
        ReviewText one = new SyntheticReview(ReviewText.bundled()).variant(1);
        ReviewText again = new SyntheticReview(ReviewText.bundled()).variant(1);
        assertThat(one).as("a variant is always the same text").isEqualTo(again);
        assertThat(one.text()).isNotEqualTo(ReviewText.bundled().text()).contains(SyntheticReview.DOI_PREFIX + "1");
        String firstReference = one.text().lines().filter(l -> l.startsWith("1. ")).reduce((a, b) -> b).orElseThrow();
        String original = ReviewText.bundled().text().lines().filter(l -> l.startsWith("1. ")).reduce((a, b) -> b).orElseThrow();
        assertThat(firstReference).isNotEqualTo(original);
    }
}
