package org.nitratekg.server.hardening;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Strict headers on every response of the server, Fuseki's own included (query results, errors, {@code /nkg/get},
 * 404s): set before the request goes on, so they are there whatever answers it. The default policy lets a
 * response load nothing and be framed by nobody; a servlet that serves a page (the search page, entity pages)
 * sets its own, wider Content-Security-Policy, which replaces this one.
 */
public final class SecurityHeadersFilter implements Filter {
    static final String DEFAULT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", DEFAULT_CSP);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("Referrer-Policy", "no-referrer");
            http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        }
        chain.doFilter(request, response);
    }
}
