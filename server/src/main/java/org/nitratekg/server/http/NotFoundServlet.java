package org.nitratekg.server.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The default servlet: any address no other part of the server answers. People (who accept HTML) get the styled
 * page with the site's navigation; programs get a plain 404.
 */
final class NotFoundServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            ErrorPages.notFound(response, "There is no page at this address.");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        }
    }
}
