package org.nitratekg.server.http;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nitratekg.ontology.NKG;

/**
 * {@code GET} on a query endpoint with no {@code query} parameter answers with the SPARQL 1.1 service description
 * (Turtle by default) instead of an error; a browser asking for HTML is sent to the editor. Everything else goes
 * on to Fuseki.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getParameter("query") != null || request.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Representation> chosen = Representation.choose(request.getHeader("Accept"), null);
        if (chosen.isEmpty()) {
            RdfResponses.notAcceptable(response);
        } else if (chosen.get() == Representation.HTML) {
            response.setHeader("Vary", "Accept");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", SparqlEditorServlet.PATH);
        } else {
            String base = RequestBase.of(request);
            RdfResponses.rdf(response, describe(base, base + request.getRequestURI()), chosen.get());
        }
    }

    static Model describe(String base, String endpointIri) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("void", VoidDescription.VOID);
        Resource endpoint = m.createResource(endpointIri);
        Resource service = m.createResource(endpointIri + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), endpoint)
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "extensionFunction"), m.createResource("http://jena.apache.org/text#query"))
                .addProperty(RDFS.comment, "Read-only SPARQL 1.1 query endpoint of nitrate-kg: no update, queries time out, "
                        + "SERVICE is disabled. text:query searches the Lucene index.", "en")
                .addProperty(RDFS.seeAlso, m.createResource(base + VoidDescription.PATH))
                .addProperty(RDFS.seeAlso, m.createResource(base + SparqlExamples.PATH));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"}) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource defaultGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(RDFS.comment, "The reviews.", "en");
        Resource ontologyGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                .addProperty(m.createProperty(SD, "name"), m.createResource(NKG.ONTOLOGY_IRI));
        service.addProperty(m.createProperty(SD, "defaultDataset"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph)
                .addProperty(m.createProperty(SD, "namedGraph"), ontologyGraph));
        return m;
    }
}
