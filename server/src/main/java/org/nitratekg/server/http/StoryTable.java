package org.nitratekg.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One section of an entity page told by a SPARQL query ({@code stories/NAME.rq}, first line {@code # title: …}),
 * run with {@code ?entity} bound to the page's resource. Each result column becomes a table column (its variable
 * name in words), each IRI a link with its human label, each literal cleaned text.
 */
record StoryTable(String title, List<String> columns, List<Row> rows) {
    record Row(List<PageLink> cells) {}

    private static final String FOLDER = "/org/nitratekg/server/stories/";
    private static final int MOST_ROWS = 300;

    boolean hasRows() {
        return !rows.isEmpty();
    }

    static StoryTable run(String name, Model data, RDFNode entity, HumanLabels labels) {
        String text = resource(name);
        String title = text.lines().findFirst().filter(l -> l.startsWith("# title:"))
                .map(l -> l.substring("# title:".length()).strip()).orElse(name);
        Query query = QueryFactory.create(text);
        List<String> vars = query.getResultVars();
        List<Row> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(data).query(query).substitution("entity", entity).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext() && rows.size() < MOST_ROWS) {
                QuerySolution s = rs.next();
                List<PageLink> cells = new ArrayList<>();
                for (String v : vars) {
                    RDFNode n = s.get(v);
                    cells.add(n == null ? PageLink.text("") : PageLink.of(n.asNode(), labels));
                }
                rows.add(new Row(cells));
            }
        }
        return new StoryTable(title, vars.stream().map(StoryTable::words).toList(), rows);
    }

    /** {@code citedIn} → "cited in". */
    static String words(String variable) {
        return variable.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    private static String resource(String name) {
        try (InputStream in = StoryTable.class.getResourceAsStream(FOLDER + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no story query " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
