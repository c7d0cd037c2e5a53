package org.nitratekg.server.http;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The query gallery as SPARQL examples in the style of the SIB endpoints ({@code /.well-known/sparql-examples}):
 * each named query is an {@code sh:SPARQLExecutable} with its question as {@code rdfs:comment}, its text as
 * {@code sh:select} (or {@code sh:ask}, {@code sh:construct}, {@code sh:describe}) and our endpoint as
 * {@code schema:target}.
 */
final class SparqlExamples {
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String SCHEMA = "https://schema.org/";
    static final String PATH = "/.well-known/sparql-examples";

    private SparqlExamples() {}

    static Model describe(String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sh", SH).setNsPrefix("schema", SCHEMA).setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("ex", base + PATH + "/");
        Resource endpoint = m.createResource(base + NkgServer.DATASET + "/sparql");
        for (QueryGallery.Entry e : QueryGallery.entries()) {
            Query query = QueryFactory.create(e.text());
            Resource example = m.createResource(base + PATH + "/" + e.name())
                    .addProperty(RDF.type, m.createResource(SH + "SPARQLExecutable"))
                    .addProperty(RDF.type, m.createResource(SH + kind(query) + "Executable"))
                    .addProperty(RDFS.label, e.title(), "en")
                    .addProperty(RDFS.comment, e.question(), "en")
                    .addProperty(DCTerms.identifier, e.name())
                    .addProperty(m.createProperty(SCHEMA, "target"), endpoint)
                    .addProperty(textProperty(m, query), e.text());
            if (!e.description().isEmpty()) {
                example.addProperty(DCTerms.description, e.description(), "en");
            }
        }
        return m;
    }

    private static String kind(Query query) {
        return switch (query.queryType()) {
            case SELECT -> "SPARQLSelect";
            case ASK -> "SPARQLAsk";
            case CONSTRUCT -> "SPARQLConstruct";
            case DESCRIBE -> "SPARQLDescribe";
            default -> throw new IllegalStateException("not a SPARQL query form: " + query.queryType());
        };
    }

    private static Property textProperty(Model m, Query query) {
        return m.createProperty(SH, switch (query.queryType()) {
            case SELECT -> "select";
            case ASK -> "ask";
            case CONSTRUCT -> "construct";
            default -> "describe";
        });
    }
}
