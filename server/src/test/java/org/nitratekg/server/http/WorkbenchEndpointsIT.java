package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.ontology.NKG;
import org.nitratekg.queries.NamedQueries;

/** The machine-facing parts of the workbench: examples, service description, VoID, CORS, ping, downloads. */
class WorkbenchEndpointsIT {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Model turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void sparqlExamplesListEveryNamedQueryAndEachRunsOnTheEndpoint() throws Exception {
        HttpResponse<String> r = server.get(SparqlExamples.PATH, "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = turtle(r.body());
        Resource executable = m.createResource(SparqlExamples.SH + "SPARQLExecutable");
        List<Resource> examples = m.listSubjectsWithProperty(RDF.type, executable).toList();
        assertThat(examples).hasSize(NamedQueries.names().size());
        Resource endpoint = m.createResource(server.base + "/nkg/sparql");
        for (Resource example : examples) {
            assertThat(example.hasProperty(RDFS.comment)).as(example.getURI()).isTrue();
            assertThat(example.hasProperty(m.createProperty(SparqlExamples.SCHEMA, "target"), endpoint)).isTrue();
            String query = example.getProperty(m.createProperty(SparqlExamples.SH, "select")).getString();
            HttpResponse<String> answer = server.sparql("/nkg/sparql", query, "text/csv");
            assertThat(answer.statusCode()).as(example.getURI()).isEqualTo(200);
            assertThat(answer.body().lines().findFirst().orElse("")).as(example.getURI()).isNotBlank();
        }
        assertThat(m.contains(m.createResource(server.base + SparqlExamples.PATH + "/performance-table"), RDF.type,
                m.createResource(SparqlExamples.SH + "SPARQLSelectExecutable"))).isTrue();
    }

    @Test
    void getWithoutQueryGivesTheServiceDescriptionAndBrowsersTheEditor() throws Exception {
        for (String endpoint : List.of("/nkg/sparql", "/nkg/query")) {
            HttpResponse<String> r = server.get(endpoint, null);
            assertThat(r.statusCode()).isEqualTo(200);
            Model m = turtle(r.body());
            Resource service = m.listSubjectsWithProperty(RDF.type, m.createResource(ServiceDescriptionFilter.SD + "Service")).next();
            assertThat(service.getPropertyResourceValue(m.createProperty(ServiceDescriptionFilter.SD, "endpoint")).getURI())
                    .isEqualTo(server.base + endpoint);
        }
        HttpResponse<String> browser = server.get("/nkg/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location")).contains("/sparql");
        // A GET with a query still runs it.
        HttpResponse<String> ask = server.get("/nkg/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "application/sparql-results+json");
        assertThat(ask.body()).contains("\"boolean\"").contains("true");
    }

    @Test
    void voidCountsEntitiesPerClassAndPerReview() throws Exception {
        Model m = turtle(server.get(VoidDescription.PATH, "text/turtle").body());
        long catalysts = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <" + NKG.NS + "Catalyst> }");
        String q = "PREFIX void: <" + VoidDescription.VOID + ">\n"
                + "SELECT ?n WHERE { ?d void:sparqlEndpoint ?e ; void:classPartition [ void:class <" + NKG.NS + "Catalyst> ; void:entities ?n ] }";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            assertThat(qe.execSelect().next().getLiteral("n").getLong()).isEqualTo(catalysts).isPositive();
        }
        String perReview = "PREFIX void: <" + VoidDescription.VOID + ">\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "SELECT ?review ?n WHERE { ?d void:subset ?s . ?s dcterms:source ?review ; void:classPartition [ void:class <" + NKG.NS + "Paragraph> ; void:entities ?n ] }";
        try (QueryExecution qe = QueryExecution.model(m).query(perReview).build()) {
            var rows = qe.execSelect();
            int reviews = 0;
            while (rows.hasNext()) {
                var row = rows.next();
                long expected = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <" + NKG.NS + "Paragraph> ; <"
                        + NKG.NS + "partOfReview> <" + row.getResource("review").getURI() + "> }");
                assertThat(row.getLiteral("n").getLong()).isEqualTo(expected);
                reviews++;
            }
            assertThat(reviews).isEqualTo((int) count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a <" + NKG.NS + "Review> }"));
        }
    }

    static long count(String query) {
        return Txn.calculateRead(server.dataset, () -> {
            Dataset ds = DatasetFactory.wrap(server.dataset);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void otherSitesMayQueryFromTheBrowser() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base + "/nkg/sparql"))
                .header("Origin", "https://example.org").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(URI.create(server.base + "/nkg/sparql"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("POST");
        // Updates stay refused, with or without an Origin.
        HttpResponse<String> update = client.send(HttpRequest.newBuilder(URI.create(server.base + "/nkg/sparql"))
                .header("Origin", "https://example.org").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void pingAnswers() throws Exception {
        assertThat(server.get("/$/ping", null).statusCode()).isEqualTo(200);
    }

    @Test
    void downloadsGiveTheWholeGraphAndTheTables() throws Exception {
        long triples = Txn.calculateRead(server.dataset, () -> server.dataset.getDefaultGraph().size());
        HttpResponse<String> ttl = server.get("/downloads/nitrate-kg.ttl", null);
        assertThat(ttl.statusCode()).isEqualTo(200);
        assertThat(turtle(ttl.body()).size()).isEqualTo(triples);

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> nt = client.send(HttpRequest.newBuilder(URI.create(server.base + "/downloads/nitrate-kg.nt.gz")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Model fromNt = ModelFactory.createDefaultModel();
        RDFParser.create().source(new GZIPInputStream(new ByteArrayInputStream(nt.body()))).lang(Lang.NTRIPLES).parse(fromNt);
        assertThat(fromNt.size()).isEqualTo(triples);

        HttpResponse<String> trig = server.get("/downloads/nitrate-kg.trig", null);
        var ds = DatasetFactory.create();
        RDFParser.create().source(new StringReader(trig.body())).lang(Lang.TRIG).parse(ds);
        assertThat(ds.getDefaultModel().size()).isEqualTo(triples);
        assertThat(ds.containsNamedModel(NKG.ONTOLOGY_IRI)).isTrue();

        HttpResponse<String> csv = server.get("/downloads/query/performance-table.csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst()).contains(
                "review,table,row,catalyst,electrolyte,condition_value,condition_unit,condition_ref_electrode,fe_value,fe_plusminus,fe_qualifier,yield_value,yield_plusminus,yield_unit,ref");

        HttpResponse<String> page = server.get("/downloads", "text/html");
        assertThat(page.body()).contains("/downloads/nitrate-kg.nt.gz").contains("/downloads/query/references.csv");
        HttpResponse<String> missing = server.get("/downloads/query/no-such-table.csv", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<nav aria-label=\"Site\">");
        for (String nowhere : List.of("/no/such/page", "/id/no-such-thing")) {
            HttpResponse<String> lost = server.get(nowhere, "text/html");
            assertThat(lost.statusCode()).as(nowhere).isEqualTo(404);
            assertThat(lost.body()).as(nowhere).contains("<nav aria-label=\"Site\">").contains("Not found");
        }
    }

    @Test
    void editorPageCarriesTheGalleryAndItsLibrariesComeFromTheServer() throws Exception {
        HttpResponse<String> r = server.get("/sparql", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        for (String name : NamedQueries.names()) {
            assertThat(r.body()).contains("data-query=\"" + name + "\"");
        }
        assertThat(r.body()).contains("PREFIX nkg:  &lt;https://w3id.org/nitrate-kg/ontology#&gt;")
                .doesNotContain("//cdn").doesNotContain("unpkg").doesNotContain("jsdelivr");
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self';").doesNotContain("unsafe");
        HttpResponse<String> lib = server.get("/page/vendor/yasgui.min.js", null);
        assertThat(lib.statusCode()).isEqualTo(200);
        assertThat(lib.headers().firstValue("Content-Type")).get().asString().startsWith("text/javascript");
        assertThat(server.get("/page/vendor/..%2Fstyle.css", null).statusCode()).isNotEqualTo(200);
    }
}
