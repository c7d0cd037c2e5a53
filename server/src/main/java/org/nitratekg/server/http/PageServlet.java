package org.nitratekg.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The search page ({@code /}, from the {@code search} template) and the pages' static files, served from the jar
 * ({@value #FOLDER}) under {@value #PATH}, with the bundled browser libraries under {@code vendor/}. Only flat file names are served, so no request can walk
 * the classpath.
 */
public final class PageServlet extends HttpServlet {
    /** The front page's model: the loaded reviews, as starting points. */
    record SearchPage(java.util.List<PageLink> reviews) {}

    private final transient java.util.function.Supplier<java.util.List<PageLink>> reviews;

    /** @param reviews the loaded reviews, read when the front page is asked for */
    public PageServlet(java.util.function.Supplier<java.util.List<PageLink>> reviews) {
        this.reviews = reviews;
    }

    static final String FOLDER = "/org/nitratekg/server/page/";
    /** Where the page's script and style sheet are served; "/" itself belongs to Fuseki's 404 servlet. */
    public static final String PATH = "/page";
    private static final Pattern FILE = Pattern.compile("/((?:vendor/)?[A-Za-z0-9][A-Za-z0-9.-]*)\\.(html|js|css|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml");
    /** The page loads only its own script and style; data is put in the DOM as text by that script. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            RdfResponses.html(response, Templates.render("search", "Search", new SearchPage(reviews.get())), RdfResponses.APP_CSP);
            return;
        }
        Matcher m = FILE.matcher(path);
        InputStream in = m.matches() ? PageServlet.class.getResourceAsStream(FOLDER + path.substring(1)) : null;
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        try (in; OutputStream out = response.getOutputStream()) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(TYPES.get(m.group(2)));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("Cache-Control", m.group(1).startsWith("vendor/") ? "max-age=86400" : "no-cache");
            in.transferTo(out);
        }
    }
}
