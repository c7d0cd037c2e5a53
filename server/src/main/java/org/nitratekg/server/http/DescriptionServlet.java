package org.nitratekg.server.http;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;

/**
 * Serves one RDF description of the service (SPARQL examples, VoID) in the negotiated syntax. A browser asking
 * for HTML is sent to the page that shows the same for people.
 */
final class DescriptionServlet extends HttpServlet {
    private final transient Function<String, Model> description;
    private final String htmlPage;

    /** @param description builds the description for the server's base address */
    DescriptionServlet(Function<String, Model> description, String htmlPage) {
        this.description = description;
        this.htmlPage = htmlPage;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> chosen = Representation.choose(request.getHeader("Accept"), request.getParameter("format"));
        if (chosen.isEmpty()) {
            RdfResponses.notAcceptable(response);
        } else if (chosen.get() == Representation.HTML) {
            response.setHeader("Vary", "Accept");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", htmlPage);
        } else {
            RdfResponses.rdf(response, description.apply(RequestBase.of(request)), chosen.get());
        }
    }
}
