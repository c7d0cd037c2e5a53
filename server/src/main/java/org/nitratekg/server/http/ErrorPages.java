package org.nitratekg.server.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** The styled error page, with the site's navigation, so a wrong address is never a dead end. */
final class ErrorPages {
    record Model(int status, String heading, String message) {}

    private ErrorPages() {}

    static void notFound(HttpServletResponse response, String message) throws IOException {
        send(response, HttpServletResponse.SC_NOT_FOUND, "Not found", message);
    }

    static void send(HttpServletResponse response, int status, String heading, String message) throws IOException {
        String html = Templates.render("error", heading, new Model(status, heading, message));
        RdfResponses.html(response, status, html, RdfResponses.PAGE_CSP);
    }
}
