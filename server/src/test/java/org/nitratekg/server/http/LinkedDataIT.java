package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.ontology.NKG;

class LinkedDataIT {
    static final String PARAGRAPH = "/id/review/planted/paragraph/1";
    static final String PARAGRAPH_IRI = "https://w3id.org/nitrate-kg/id/review/planted/paragraph/1";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(lang).parse(m);
        return m;
    }

    @Test
    void dataIrisDereferenceInEveryRdfSyntax() throws Exception {
        for (Representation rep : Representation.values()) {
            if (!rep.isRdf()) {
                continue;
            }
            HttpResponse<String> r = server.get(PARAGRAPH, rep.mediaType);
            assertThat(r.statusCode()).as(rep.name()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith(rep.mediaType);
            Model m = parse(r, rep.lang());
            assertThat(m.contains(m.createResource(PARAGRAPH_IRI), RDF.type, NKG.Paragraph)).as(rep.name()).isTrue();
            assertThat(m.contains(m.createResource(PARAGRAPH_IRI), NKG.inSection)).isTrue();
        }
    }

    @Test
    void descriptionIncludesWhatPointsAtTheResource() throws Exception {
        HttpResponse<String> r = server.get("/id/review/planted/section/4.2", "text/turtle");
        Model m = parse(r, Lang.TURTLE);
        assertThat(m.contains(m.createResource(PARAGRAPH_IRI), NKG.inSection,
                m.createResource("https://w3id.org/nitrate-kg/id/review/planted/section/4.2"))).isTrue();
    }

    @Test
    void browsersGetAnEscapedHtmlPage() throws Exception {
        HttpResponse<String> r = server.get(PARAGRAPH, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        assertThat(r.body())
                .doesNotContain("<script>").doesNotContain("<img src=x")
                // The template engine escapes "=" too (&#x3D;): still the same text on screen.
                .contains("&lt;script&gt;window.nkgPwned &#x3D; 1&lt;/script&gt;")
                .contains("href=\"/id/review/planted/section/4.2\"")
                .contains("Coordination engineering");
    }

    @Test
    void unknownResourcesAre404() throws Exception {
        assertThat(server.get("/id/review/planted/paragraph/999", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(server.get("/id/review/planted/paragraph/999", "text/html").statusCode()).isEqualTo(404);
        assertThat(server.get("/id/%3Cscript%3E", "text/html").statusCode()).isEqualTo(404);
        assertThat(server.get("/id/review/planted/paragraph/1", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void ontologyIsServedByContentNegotiation() throws Exception {
        HttpResponse<String> ttl = server.get("/ontology", "text/turtle");
        assertThat(ttl.statusCode()).isEqualTo(200);
        Model m = parse(ttl, Lang.TURTLE);
        assertThat(m.contains(m.createResource(NKG.ONTOLOGY_IRI), RDF.type, OWL.Ontology)).isTrue();
        assertThat(m.contains(NKG.Catalyst, RDF.type, OWL.Class)).isTrue();

        HttpResponse<String> jsonld = server.get("/ontology", "application/ld+json");
        assertThat(parse(jsonld, Lang.JSONLD).contains(NKG.Catalyst, RDF.type, OWL.Class)).isTrue();

        HttpResponse<String> html = server.get("/ontology", "text/html");
        assertThat(html.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(html.body()).contains("nitrate-kg ontology");
    }

    @Test
    void searchPageIsServedWithAStrictPolicy() throws Exception {
        HttpResponse<String> page = server.get("/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form id=\"search\"").contains("/page/search.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        HttpResponse<String> js = server.get("/page/search.js", null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body()).doesNotContain("innerHTML");
        assertThat(server.get("/page/../../log4j2.properties", null).statusCode()).isIn(400, 404);
        assertThat(server.get("/page/nothing.js", null).statusCode()).isEqualTo(404);
    }
}
