package org.nitratekg.loader;

import java.util.concurrent.CompletableFuture;

import org.apache.jena.rdf.model.Model;
import org.nitratekg.loader.link.YieldConverter;
import org.nitratekg.loader.prose.ProseExtractor;
import org.nitratekg.loader.read.SourceReader;
import org.nitratekg.loader.segment.SegmentedReview;
import org.nitratekg.loader.segment.Segmenter;
import org.nitratekg.loader.write.DataIris;
import org.nitratekg.loader.write.ReviewStructureWriter;

/**
 * Review text in, Jena model out: read (numbered lines) → segment (front matter, sections, paragraphs, captions,
 * tables, reference list) → normalize (LaTeX, Unicode scripts, converter spacing, with offsets) → extract (cells,
 * values, references, citations) → link (units to UCUM/QUDT with conversions) → write (RDF with provenance) →
 * prose extraction (mentions, catalyst classes, motifs and claims read from the written paragraphs and captions).
 * Bad input raises {@link ReviewFormatException} naming file, line and what was expected.
 */
public final class ReviewConverter {

    public static final String DATA_NS = DataIris.DATA_NS;

    public Model convert(ReviewText review) {
        // The first conversion in a process also reads the ontology (for the prose stage) and UCUM's unit tables (for
        // yields): they are read on other cores while this one segments and writes. Later conversions find both ready.
        CompletableFuture<ProseExtractor> prose = CompletableFuture.supplyAsync(ProseExtractor::shared);
        CompletableFuture.runAsync(YieldConverter::ready);
        SegmentedReview segmented = new Segmenter(review.sourceName(), SourceReader.lines(review)).segment();
        Model model = ReviewStructureWriter.write(review, segmented);
        prose.join().extract(model);
        return model;
    }
}
