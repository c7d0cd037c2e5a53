package org.nitratekg.server.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /sparql}: the SPARQL editor (YASGUI, served from the jar) with the query gallery beside it. The
 * editor's starting query carries the project's prefixes; each gallery entry loads its named query and runs it.
 */
public final class SparqlEditorServlet extends HttpServlet {
    public static final String PATH = "/sparql";

    /** What the editor shows first: the prefixes of the named queries and a small query that lists catalysts. */
    static final String START_QUERY = """
            PREFIX nkg:  <https://w3id.org/nitrate-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX text: <http://jena.apache.org/text#>

            SELECT ?catalyst ?name WHERE {
              ?catalyst a nkg:Catalyst ;
                        nkg:printedName ?name .
            } ORDER BY ?name LIMIT 50
            """;

    record Model(String startQuery, List<QueryGallery.Entry> gallery) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String html = Templates.render("sparql", "SPARQL editor", new Model(START_QUERY, QueryGallery.entries()));
        RdfResponses.html(response, html, RdfResponses.APP_CSP);
    }
}
