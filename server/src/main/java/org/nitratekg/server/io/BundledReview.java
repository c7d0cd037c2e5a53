package org.nitratekg.server.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.PackagedDataset;
import org.nitratekg.server.store.ProgressListener;
import org.nitratekg.server.store.StoreLoader;
import org.nitratekg.server.text.LuceneAdvice;

/**
 * The bundled review as RDF, converted once by the build (which runs {@link #main} after compiling) and shipped in
 * the jar in RDF Thrift, Jena's fast binary syntax: commands with no inputs read it in milliseconds instead of
 * converting the text at every start. The build also packages it loaded, with its text index
 * ({@link PackagedDataset}), which {@code serve} puts back without loading or indexing. Tests check both equal a
 * fresh conversion and load of the text.
 */
public final class BundledReview {
    /** The jar resource, next to this class. */
    public static final String RESOURCE = "bundled-review.rt";
    /** The resource folder of the loaded and indexed dataset, next to this class. */
    public static final String DATASET = "bundled-dataset";

    private BundledReview() {}

    /** The packaged graph; a conversion of the text when the build did not package one (e.g. run from an IDE). */
    public static Model model() {
        try (InputStream in = BundledReview.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ReviewConverter().convert(ReviewText.bundled());
            }
            Model model = ModelFactory.createDefaultModel();
            RDFDataMgr.read(model, in, Lang.RDFTHRIFT);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled review loaded in memory with its text index, as the build packaged it (else loaded now). */
    public static DatasetGraph dataset() {
        return PackagedDataset.read(BundledReview.class, DATASET).orElseGet(() -> loaded(model(), new ByteBuffersDirectory()));
    }

    private static DatasetGraph loaded(Model model, Directory index) {
        DatasetGraph dataset = NkgDatasets.inMemory(index);
        new StoreLoader(dataset, ProgressListener.NONE).load(List.of(model));
        return dataset;
    }

    /** Writes the converted bundled review, and the dataset loaded from it, under the class folder given. */
    public static void main(String[] args) throws IOException {
        LuceneAdvice.silence();
        Path folder = Path.of(args[0]).resolve(BundledReview.class.getPackageName().replace('.', '/'));
        Files.createDirectories(folder);
        Model model = new ReviewConverter().convert(ReviewText.bundled());
        try (OutputStream stream = Files.newOutputStream(folder.resolve(RESOURCE))) {
            RDFDataMgr.write(stream, model, RDFFormat.RDF_THRIFT);
        }
        Directory index = new ByteBuffersDirectory();
        PackagedDataset.write(loaded(model, index), index, folder.resolve(DATASET));
    }
}
