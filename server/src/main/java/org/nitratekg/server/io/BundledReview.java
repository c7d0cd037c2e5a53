package org.nitratekg.server.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

/**
 * The bundled review as RDF, converted once by the build (which runs {@link #main} after compiling) and shipped in
 * the jar in RDF Thrift, Jena's fast binary syntax: {@code serve} with no inputs reads it in milliseconds instead of
 * converting the text at every start. A test checks it equals a fresh conversion of the text.
 */
public final class BundledReview {
    /** The jar resource, next to this class. */
    public static final String RESOURCE = "bundled-review.rt";

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

    /** Writes the converted bundled review under the class folder given, at this class's resource path. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve(BundledReview.class.getPackageName().replace('.', '/')).resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Model model = new ReviewConverter().convert(ReviewText.bundled());
        try (OutputStream stream = Files.newOutputStream(out)) {
            RDFDataMgr.write(stream, model, RDFFormat.RDF_THRIFT);
        }
    }
}
