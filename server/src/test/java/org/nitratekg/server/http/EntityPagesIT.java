package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;

/** Every catalyst and claim of the bundled review has a page that states its facts in words. */
class EntityPagesIT {
    private static final Pattern LINK_TEXT = Pattern.compile("<a href=\"[^\"]*\">([^<]*)</a>");
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static final Pattern TABLE_ROW_LINK = Pattern.compile("href=\"[^\"]*/table/\\d+/row/\\d+\"");

    static List<String> iris(String nkgClass) {
        String q = "PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#> SELECT DISTINCT ?s WHERE { ?s a nkg:" + nkgClass
                + " FILTER(STRSTARTS(STR(?s), \"" + ReviewConverter.DATA_NS + "\"))"
                // Of the bundled review: part of it, or named by something that is (not the planted test data).
                + " { ?s nkg:partOfReview ?r } UNION { ?x ?p ?s . ?x nkg:partOfReview ?r }"
                + " FILTER(!CONTAINS(STR(?r), \"planted\")) } ORDER BY ?s";
        return Txn.calculateRead(server.dataset, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(server.dataset)).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("s").getURI()));
            }
            return out;
        });
    }

    static String page(String iri) throws Exception {
        HttpResponse<String> r = server.get("/id/" + iri.substring(ReviewConverter.DATA_NS.length()), "text/html");
        assertThat(r.statusCode()).as(iri).isEqualTo(200);
        String body = r.body();
        Matcher m = LINK_TEXT.matcher(body);
        while (m.find()) {
            assertThat(m.group(1)).as(iri + ": a link shows a label, not an address")
                    .doesNotStartWith("https://w3id.org/nitrate-kg/").doesNotStartWith("review/").isNotBlank();
        }
        assertThat(body).as(iri).doesNotContain("\\text{").doesNotContain("**");
        return body;
    }

    @Test
    void everyCatalystPageNamesItAndTellsItsClassOrItsFigures() throws Exception {
        List<String> catalysts = iris("Catalyst");
        assertThat(catalysts).hasSizeGreaterThan(20);
        for (String iri : catalysts) {
            String body = page(iri);
            assertThat(body).as(iri).contains("<span class=\"kind\">catalyst</span>");
            boolean inTable = body.contains("<h2>Performance figures</h2>");
            boolean classified = body.contains("<dt>Class</dt>");
            boolean mentioned = body.contains("Where the review mentions it") || body.contains("What the review claims about it");
            assertThat(inTable || classified || mentioned).as(iri + " tells something about the catalyst").isTrue();
            if (inTable) {
                String figures = body.substring(body.indexOf("<h2>Performance figures</h2>"));
                figures = figures.substring(0, Math.max(figures.indexOf("<h2>", 4), 0));
                List<String> rows = new ArrayList<>();
                Matcher row = TABLE_ROW_LINK.matcher(figures);
                while (row.find()) {
                    rows.add(row.group());
                }
                assertThat(rows).as(iri + ": each table row once among its figures").isNotEmpty().doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void everyClaimPageSaysItsStatementAndMarksItsQuote() throws Exception {
        List<String> claims = iris("Claim");
        assertThat(claims).hasSizeGreaterThan(10);
        int marked = 0;
        for (String iri : claims) {
            String body = page(iri);
            assertThat(body).as(iri).contains("<p class=\"statement\">");
            if (body.contains("<mark id=\"quote\">")) {
                marked++;
            }
        }
        // A claim read from a table or a caption has no paragraph; most come from paragraphs.
        assertThat(marked).isGreaterThan(claims.size() / 2);
    }

    @Test
    void aReferencePageListsItsAuthorsAndWhereItIsCited() throws Exception {
        String iri = iris("Reference").get(0);
        String body = page(iri);
        assertThat(body).contains("<dt>Authors</dt>").contains("<h2>Where the review cites it</h2>");
    }
}
