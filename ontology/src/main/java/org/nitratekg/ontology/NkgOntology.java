package org.nitratekg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The ontology, its term modules and its shapes as shipped on the classpath. */
public final class NkgOntology {
    public static final String RESOURCE_DIR = "/org/nitratekg/ontology/";
    public static final String ONTOLOGY_RESOURCE = RESOURCE_DIR + "nkg.ttl";
    public static final String SHAPES_RESOURCE = RESOURCE_DIR + "nkg-shapes.ttl";
    public static final String CATALOG_RESOURCE = RESOURCE_DIR + "catalog-v001.xml";
    public static final String MAPPINGS_RESOURCE = RESOURCE_DIR + "mappings/nkg.sssom.tsv";

    private NkgOntology() {}

    /** A fresh copy of the ontology graph (nkg.ttl only, without its imports): callers may change it. */
    public static Model ontology() {
        return read(ONTOLOGY_RESOURCE);
    }

    /** A fresh copy of the ontology together with every term module it imports, resolved through the catalog. */
    public static Model ontologyWithImports() {
        Model all = ontology();
        for (String location : catalog().locations().values()) {
            all.add(read(RESOURCE_DIR + location));
        }
        return all;
    }

    public static Model shapes() {
        return read(SHAPES_RESOURCE);
    }

    public static ImportCatalog catalog() {
        try (InputStream in = open(CATALOG_RESOURCE)) {
            return ImportCatalog.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model read(String resource) {
        try (InputStream in = open(resource)) {
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(NKG.ONTOLOGY_IRI).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = NkgOntology.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return in;
    }
}
