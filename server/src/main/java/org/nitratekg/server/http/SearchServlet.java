package org.nitratekg.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code GET /search?q=…&page=&kind=&review=&backmatter=true} answers the search page as JSON ({@link SearchService});
 * {@code GET /search/suggest?q=…} gives entity names for suggestions as one types. The page puts every value into
 * the document as text.
 */
final class SearchServlet extends HttpServlet {
    static final String PATH = "/search";

    private final transient SearchService service;

    SearchServlet(DatasetGraph dataset) {
        this.service = new SearchService(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        JsonObject out = new JsonObject();
        if ("/suggest".equals(request.getPathInfo())) {
            JsonArray names = new JsonArray();
            service.suggest(q == null ? "" : q).forEach(names::add);
            out.put("suggestions", names);
        } else {
            SearchService.Result r = service.search(q == null ? "" : q, request.getParameter("kind"),
                    request.getParameter("review"), "true".equals(request.getParameter("backmatter")), page(request));
            out.put("query", r.typed());
            out.put("explicit", r.explicit());
            out.put("total", r.total());
            out.put("page", r.page());
            out.put("pages", r.pages());
            out.put("pageSize", SearchService.PAGE_SIZE);
            out.put("backMatterLeftOut", r.backMatterLeftOut());
            if (r.error() != null) {
                out.put("notice", r.error());
            }
            r.feAtLeast().ifPresent(fe -> {
                JsonObject offer = new JsonObject();
                offer.put("text", "Performance rows with a Faradaic efficiency of at least " + fe + " %");
                offer.put("href", ComparisonServlet.PATH + "?fe_min=" + fe);
                out.put("offer", offer);
            });
            out.put("kinds", counts(r.kinds(), null));
            out.put("reviews", counts(r.reviews(), r.reviewTitles()));
            JsonArray hits = new JsonArray();
            for (SearchService.Hit h : r.hits()) {
                JsonObject o = new JsonObject();
                o.put("iri", h.iri());
                o.put("label", h.link().text());
                if (h.link().href() != null) {
                    o.put("href", h.link().href());
                }
                o.put("kind", h.kind());
                o.put("score", org.apache.jena.atlas.json.JsonNumber.value(Math.round(h.score() * 100) / 100.0));
                o.put("snippet", h.snippet());
                if (h.section() != null) {
                    JsonObject section = new JsonObject();
                    section.put("label", h.section().text());
                    if (h.section().href() != null) {
                        section.put("href", h.section().href());
                    }
                    o.put("section", section);
                }
                hits.add(o);
            }
            out.put("hits", hits);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream body = response.getOutputStream()) {
            body.write(JSON.toString(out).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static JsonArray counts(Map<String, Integer> counts, Map<String, String> titles) {
        JsonArray a = new JsonArray();
        counts.forEach((k, n) -> {
            JsonObject o = new JsonObject();
            o.put("value", k);
            o.put("label", titles == null ? k : titles.getOrDefault(k, k));
            o.put("count", n);
            a.add(o);
        });
        return a;
    }

    private static int page(HttpServletRequest request) {
        try {
            return Integer.parseInt(request.getParameter("page"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
