package org.nitratekg.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nitratekg.queries.NamedQueries;

/**
 * The named queries of {@code queries/} as a gallery: each with the title, question, result columns and
 * description its header gives ({@code # name:}, {@code # question:}, {@code # columns:}, then free comment lines).
 */
final class QueryGallery {
    /** One named query. {@code title} is made from the name (the headers have none of their own). */
    record Entry(String name, String title, String question, String columns, String description, String text) {}

    private static volatile List<Entry> entries;

    private QueryGallery() {}

    static List<Entry> entries() {
        List<Entry> all = entries;
        if (all == null) {
            all = NamedQueries.names().stream()
                    .map(n -> parse(n, NamedQueries.text(n).orElseThrow()))
                    .toList();
            entries = all;
        }
        return all;
    }

    static Entry parse(String name, String text) {
        String question = "";
        String columns = "";
        List<String> description = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            if (body.startsWith("name:")) {
                continue;
            } else if (body.startsWith("question:")) {
                question = body.substring("question:".length()).strip();
            } else if (body.startsWith("columns:")) {
                columns = body.substring("columns:".length()).strip();
            } else if (!body.isEmpty()) {
                description.add(body);
            }
        }
        return new Entry(name, title(name), question, columns, String.join(" ", description), text);
    }

    /** {@code cq04-scaling-relation-breakers} → "CQ04 · Scaling relation breakers". */
    static String title(String name) {
        String[] parts = name.split("-", 2);
        if (parts.length == 2 && parts[0].matches("[a-z]{2}\\d+")) {
            return parts[0].toUpperCase(Locale.ROOT) + " · " + sentence(parts[1]);
        }
        return sentence(name);
    }

    private static String sentence(String words) {
        String spaced = words.replace('-', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
