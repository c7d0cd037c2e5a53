package org.nitratekg.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The HTML templates of every page ({@value #FOLDER}{@code NAME.mustache}), rendered with JMustache. Every
 * {@code {{value}}} is HTML-escaped by the engine; only the ontology page inserts the documentation HTML the
 * ontology module writes (escaping its own text) unescaped. Each page includes
 * the partials {@code layout-top} and {@code layout-bottom}, so all pages share one navigation and one style sheet.
 */
final class Templates {
    static final String FOLDER = "/org/nitratekg/server/templates/";

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(true)
            // A missing key is a bug in the page's model: fail loudly. Null (an absent optional fact) renders empty.
            .nullValue("")
            .withLoader(Templates::reader);
    private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

    private Templates() {}

    /**
     * The page {@code name} for {@code model}; {@code title} goes into the document title and the layout.
     */
    static String render(String name, String title, Object model) {
        Map<String, Object> context = new HashMap<>();
        context.put("pageTitle", title);
        context.put("page", model);
        return COMPILED.computeIfAbsent(name, Templates::compile).execute(context);
    }

    private static Template compile(String name) {
        try (Reader in = reader(name)) {
            return COMPILER.compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String name) {
        InputStream in = Templates.class.getResourceAsStream(FOLDER + name + ".mustache");
        if (in == null) {
            throw new IllegalArgumentException("no template " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
