package org.nitratekg.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Writing linked-data responses: RDF through Jena's writers, HTML with a strict content security policy. */
final class RdfResponses {
    /** Pages of data allow no scripts at all; only our own style sheet. */
    static final String PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** Pages with our own scripts (editor, comparison, search): scripts, styles and requests only to this server. */
    static final String APP_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private RdfResponses() {}

    static void rdf(HttpServletResponse response, Model model, Representation representation) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(representation.mediaType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Vary", "Accept");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, representation.format);
        }
    }

    static void html(HttpServletResponse response, String html, String csp) throws IOException {
        html(response, HttpServletResponse.SC_OK, html, csp);
    }

    static void html(HttpServletResponse response, int status, String html, String csp) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Vary", "Accept");
        response.setHeader("Content-Security-Policy", csp);
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = response.getOutputStream()) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    static void notAcceptable(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                "Available: text/turtle, application/ld+json, application/n-triples, application/rdf+xml, text/html");
    }
}
