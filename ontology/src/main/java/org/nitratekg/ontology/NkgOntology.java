package org.nitratekg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The ontology and its shapes as shipped on the classpath. */
public final class NkgOntology {
    public static final String ONTOLOGY_RESOURCE = "/org/nitratekg/ontology/nkg.ttl";
    public static final String SHAPES_RESOURCE = "/org/nitratekg/ontology/nkg-shapes.ttl";

    private NkgOntology() {}

    /** A fresh copy of the ontology graph: callers may change it. */
    public static Model ontology() {
        return read(ONTOLOGY_RESOURCE);
    }

    public static Model shapes() {
        return read(SHAPES_RESOURCE);
    }

    static Model read(String resource) {
        try (InputStream in = NkgOntology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(NKG.ONTOLOGY_IRI).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
