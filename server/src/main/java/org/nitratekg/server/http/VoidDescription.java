package org.nitratekg.server.http;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.ontology.NKG;

/**
 * The VoID description of the served data ({@code /.well-known/void}): the whole dataset with its endpoint, dumps,
 * triples and a class partition, and one subset per review with its own class partition (entities that are
 * {@code nkg:partOfReview} it). Counted once, on first use: the served dataset is read-only.
 */
final class VoidDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String PATH = "/.well-known/void";

    private static final String CLASS_COUNTS = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class""";
    private static final String REVIEW_CLASS_COUNTS = """
            PREFIX nkg: <%s>
            SELECT ?review ?title ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
              ?review a nkg:Review .
              OPTIONAL { ?review <http://purl.org/dc/terms/title> ?title }
              ?s nkg:partOfReview ?review ; a ?class .
            } GROUP BY ?review ?title ?class ORDER BY ?review ?class""".formatted(NKG.NS);

    private final DatasetGraph dataset;
    private final AtomicReference<Model> counted = new AtomicReference<>();

    VoidDescription(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    Model describe(String base) {
        Model counts = counted.updateAndGet(m -> m != null ? m : count());
        // The counts are kept with placeholder IRIs for our endpoints; the caller's base address fills them in.
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(counts);
        m.add(counts);
        Resource dataset = m.getResource(DATASET_PLACEHOLDER);
        Resource real = m.createResource(base + PATH + "#nitrate-kg");
        m.listStatements(dataset, null, (org.apache.jena.rdf.model.RDFNode) null).toList()
                .forEach(st -> { m.remove(st); m.add(real, st.getPredicate(), st.getObject()); });
        real.addProperty(p(m, "sparqlEndpoint"), m.createResource(base + NkgServer.DATASET + "/sparql"))
            .addProperty(p(m, "dataDump"), m.createResource(base + DownloadServlet.PATH + "/nitrate-kg.nt.gz"))
            .addProperty(p(m, "dataDump"), m.createResource(base + DownloadServlet.PATH + "/nitrate-kg.ttl"))
            .addProperty(p(m, "dataDump"), m.createResource(base + DownloadServlet.PATH + "/nitrate-kg.trig"));
        return m;
    }

    private static final String DATASET_PLACEHOLDER = "urn:nitrate-kg:void:dataset";

    private Model count() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("nkg", NKG.NS);
        Resource all = m.createResource(DATASET_PLACEHOLDER)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "nitrate-kg: electrocatalytic nitrate-to-ammonia reviews", "en")
                .addProperty(p(m, "uriSpace"), ReviewConverter.DATA_NS)
                .addProperty(p(m, "vocabulary"), m.createResource(NKG.NS));
        Txn.executeRead(dataset, () -> {
            org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.wrap(dataset);
            all.addLiteral(p(m, "triples"), dataset.getDefaultGraph().size());
            try (QueryExecution qe = QueryExecution.dataset(ds).query(CLASS_COUNTS).build()) {
                ResultSet rs = qe.execSelect();
                long entities = 0;
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    all.addProperty(p(m, "classPartition"), partition(m, row));
                    entities += row.getLiteral("n").getLong();
                }
                all.addLiteral(p(m, "entities"), entities);
            }
            try (QueryExecution qe = QueryExecution.dataset(ds).query(REVIEW_CLASS_COUNTS).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    Resource review = row.getResource("review");
                    Resource subset = m.createResource(review.getURI() + "#void");
                    if (!m.contains(all, p(m, "subset"), subset)) {
                        all.addProperty(p(m, "subset"), subset);
                        subset.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                              .addProperty(DCTerms.source, review);
                        if (row.contains("title")) {
                            subset.addProperty(DCTerms.title, row.getLiteral("title"));
                        }
                    }
                    subset.addProperty(p(m, "classPartition"), partition(m, row));
                }
            }
        });
        return m;
    }

    private static Resource partition(Model m, QuerySolution row) {
        return m.createResource()
                .addProperty(p(m, "class"), row.getResource("class"))
                .addLiteral(p(m, "entities"), row.getLiteral("n").getLong());
    }

    private static Property p(Model m, String local) {
        return m.createProperty(VOID, local);
    }
}
