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
        CompletableFuture<ProseExtractor> prose = Preload.PROSE; // the first call starts the reading
        SegmentedReview segmented = new Segmenter(review.sourceName(), SourceReader.lines(review)).segment();
        Model model = ReviewStructureWriter.write(review, segmented);
        prose.join().extract(model);
        return model;
    }

    /**
     * The first conversion in a process also reads the ontology (for the prose stage) and UCUM's unit tables (for
     * yields): each is read on a thread of its own while the converting thread segments and writes; later
     * conversions find both ready. Not on the common pool: on a two-core machine it has a single worker, which would
     * read the unit tables only after the ontology, so the converting thread, needing them first, read them itself.
     */
    private static final class Preload {
        static final CompletableFuture<ProseExtractor> PROSE = CompletableFuture.supplyAsync(ProseExtractor::shared, Preload::ownThread);

        static {
            CompletableFuture.runAsync(YieldConverter::ready, Preload::ownThread);
        }

        private static void ownThread(Runnable task) {
            Thread.ofPlatform().daemon().name("nkg-preload").start(task);
        }
    }
}
