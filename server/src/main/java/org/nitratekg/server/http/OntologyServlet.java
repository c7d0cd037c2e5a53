package org.nitratekg.server.http;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.nitratekg.ontology.NkgDocumentation;
import org.nitratekg.ontology.NkgOntology;

/** {@code GET /ontology}: the OWL ontology in the negotiated RDF syntax, or its HTML documentation. */
public final class OntologyServlet extends HttpServlet {
    private final transient Model ontology = NkgOntology.ontology();
    private final String documentation = page(NkgDocumentation.html());

    record Documentation(String body) {}

    /** The generated documentation inside the site's layout: its body kept, its own head and inline style dropped. */
    static String page(String generated) {
        int open = generated.indexOf("<body>");
        int close = generated.lastIndexOf("</body>");
        String body = open >= 0 && close > open ? generated.substring(open + "<body>".length(), close) : generated;
        return Templates.render("ontology", "Ontology", new Documentation(body));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> chosen = Representation.choose(request.getHeader("Accept"), request.getParameter("format"));
        if (chosen.isEmpty()) {
            RdfResponses.notAcceptable(response);
        } else if (chosen.get() == Representation.HTML) {
            RdfResponses.html(response, documentation, RdfResponses.PAGE_CSP);
        } else {
            RdfResponses.rdf(response, ontology, chosen.get());
        }
    }
}
