package org.nitratekg.server.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;

/**
 * Refuses, before Fuseki spends a thread on it, a request the endpoint cannot answer within its time limit or
 * its stack: a body or query over {@value #MAX_QUERY_BYTES} bytes (413: parsing a 10 MB query took minutes and
 * happens outside the query timeout; a query this size parses in milliseconds), and a query nested deeper than
 * {@value #MAX_DEPTH} levels (400 with the reason, where Jena would overflow the stack and answer an empty 500),
 * whether the nesting is in the SPARQL or in a string it hands to another parser (a {@code text:query} search
 * string, a regular expression).
 */
public final class QueryRequestLimits implements Filter {
    static final int MAX_QUERY_BYTES = 64 * 1024;
    static final int MAX_DEPTH = 200;
    private static final String SPARQL_QUERY = "application/sparql-query";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getContentLengthLong() > MAX_QUERY_BYTES) {
            refuse(response, 413, "Request body larger than " + MAX_QUERY_BYTES + " bytes: a query must be smaller.");
            return;
        }
        String query;
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(SPARQL_QUERY)) {
            byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BYTES + 1);
            if (body.length > MAX_QUERY_BYTES) {
                refuse(response, 413, "Query larger than " + MAX_QUERY_BYTES + " bytes.");
                return;
            }
            query = new String(body, StandardCharsets.UTF_8);
            request = new BufferedRequestBody(request, body);
        } else {
            query = parameter(request, "query");
        }
        String problem = query == null ? null : problem(query);
        if (problem != null) {
            refuse(response, query.length() > MAX_QUERY_BYTES ? 413 : 400, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the query cannot run, or null when it may go on (a syntax error is left to Fuseki to report). */
    static String problem(String query) {
        if (query.length() > MAX_QUERY_BYTES) {
            return "Query larger than " + MAX_QUERY_BYTES + " bytes.";
        }
        int brackets = bracketDepth(query);
        if (brackets > MAX_DEPTH) {
            return "Query too deeply nested to run: brackets nested " + brackets + " deep (at most " + MAX_DEPTH
                    + ", strings such as a text:query search or a regular expression included).";
        }
        try {
            Query parsed = QueryFactory.create(query, Syntax.syntaxARQ);
            int depth = QueryDepth.of(Algebra.compile(parsed), MAX_DEPTH);
            if (depth > MAX_DEPTH) {
                return "Query too deeply nested to run: more than " + MAX_DEPTH
                        + " levels of patterns and expressions (a long chain of UNION, OPTIONAL, BIND or operators nests one level per link).";
            }
        } catch (QueryParseException e) {
            return null;
        } catch (StackOverflowError e) {
            return "Query too deeply nested to run: parsing it overflowed the stack (at most " + MAX_DEPTH
                    + " levels of patterns and expressions; a long chain of UNION, OPTIONAL, BIND or operators nests one level per link).";
        }
        return null;
    }

    /** The deepest nesting of (), [] and {} anywhere in the text, strings included, counted in one pass. */
    static int bracketDepth(String text) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '(', '[', '{' -> deepest = Math.max(deepest, ++depth);
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return deepest;
    }

    private static String parameter(HttpServletRequest request, String name) {
        try {
            return request.getParameter(name);
        } catch (RuntimeException e) {
            return null; // a form too large or malformed: Jetty and Fuseki refuse it themselves
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
