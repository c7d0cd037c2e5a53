package org.nitratekg.server.http.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nitratekg.server.hardening.BufferedRequestBody;

/**
 * Answers a SPARQL query request that was answered before from the {@link ResultCache}, byte for byte as Fuseki sent
 * it, as long as the data has not changed since (the served store is read-only between loads; see
 * {@link DataVersion}). A request is the same when its {@link ResultKey} is. Only complete, successful answers are
 * kept: not an error, not a response cut short by the query time limit (one that took as long as the limit may be
 * incomplete, so it is not kept either), not one larger than the cache, nor one computed while the data was being
 * written. {@code Cache-Control: no-cache} (or {@code no-store}) in the request runs the query afresh; its answer
 * still refreshes the cache. Responses say {@code X-Cache: HIT} or {@code MISS}.
 */
public final class ResultCacheFilter extends HttpFilter {
    /** Bytes of response bodies kept at most; 0 turns the cache off. */
    public static final String MAX_BYTES_PROPERTY = "nkg.resultCache.bytes";
    public static final long DEFAULT_MAX_BYTES = 256L << 20;
    private static final String SPARQL_QUERY = "application/sparql-query";

    private final ResultCache cache;
    private final DataVersion data;
    private final Duration queryTimeout;

    public ResultCacheFilter(ResultCache cache, DataVersion data, Duration queryTimeout) {
        this.cache = cache;
        this.data = data;
        this.queryTimeout = queryTimeout;
    }

    /** A filter with a cache of {@value #MAX_BYTES_PROPERTY} bytes (system property; default 256 MiB). */
    public static ResultCacheFilter forDataset(org.apache.jena.sparql.core.DatasetGraph dataset, Duration queryTimeout) {
        long max = Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES);
        return new ResultCacheFilter(new ResultCache(max), DataVersion.of(dataset), queryTimeout);
    }

    public ResultCache cache() {
        return cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isSparqlQueryBody(request) && !(request instanceof BufferedRequestBody)) {
            // read once here, read again by Fuseki (QueryRequestLimits, ahead of this filter, has bounded its size)
            request = new BufferedRequestBody(request, request.getInputStream().readAllBytes());
        }
        Optional<Map<String, String[]>> parameters = cacheable(request) ? queryParameters(request) : Optional.empty();
        if (parameters.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long version = data.current();
        ResultKey key = ResultKey.of(request.getRequestURI(), parameters.get(), request.getHeader("Accept"), version);
        Optional<ResultCache.Entry> hit = fresh(request) ? Optional.empty() : cache.get(key);
        if (hit.isPresent() && !data.writing()) {
            send(hit.get(), response);
            return;
        }
        boolean quiet = !data.writing();
        response.setHeader("X-Cache", "MISS");
        CapturedResponse captured = new CapturedResponse(response, cache.maxBytes());
        long started = System.nanoTime();
        chain.doFilter(request, captured);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (captured.getStatus() == HttpServletResponse.SC_OK && captured.complete() && took.compareTo(queryTimeout) < 0
                && quiet && !data.writing() && data.current() == version) {
            cache.put(key, captured.entry());
        }
    }

    private static boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("POST")) && request.getParameter("update") == null;
    }

    private static boolean fresh(HttpServletRequest request) {
        String control = request.getHeader("Cache-Control");
        String pragma = request.getHeader("Pragma");
        String asked = ((control == null ? "" : control) + "," + (pragma == null ? "" : pragma)).toLowerCase(Locale.ROOT);
        return asked.contains("no-cache") || asked.contains("no-store");
    }

    /** The request's protocol parameters with its query, or nothing if it carries no query. */
    private static Optional<Map<String, String[]>> queryParameters(HttpServletRequest request) {
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        if (request instanceof BufferedRequestBody buffered && isSparqlQueryBody(request)) {
            parameters.put("query", new String[] {new String(buffered.body(), StandardCharsets.UTF_8)});
        }
        String[] query = parameters.get("query");
        return query == null || query.length != 1 ? Optional.empty() : Optional.of(parameters);
    }

    private static boolean isSparqlQueryBody(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getMethod().equals("POST") && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(SPARQL_QUERY);
    }

    private static void send(ResultCache.Entry entry, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        for (Map.Entry<String, String> header : entry.headers()) {
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                response.setContentType(header.getValue());
            } else {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setHeader("X-Cache", "HIT");
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }
}
