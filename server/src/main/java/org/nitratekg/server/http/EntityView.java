package org.nitratekg.server.http;

import java.util.List;

/** What an entity page shows, in the order it shows it; rendered by the {@code entity} template. */
record EntityView(
        String kind,
        String title,
        String iri,
        List<PageLink> breadcrumb,
        String statement,
        List<Fact> facts,
        Passage passage,
        PageLink previous,
        PageLink next,
        List<Passage> mentions,
        List<StoryTable> sections,
        List<Statement> statements) {

    /** One line of the facts list: a name and its values (links or text). */
    record Fact(String name, List<PageLink> values) {}

    /** One line of the "all statements" table; {@code incoming} when the resource is the object. */
    record Statement(PageLink subject, PageLink predicate, PageLink object, boolean incoming) {}

    boolean hasBreadcrumb() {
        return !breadcrumb.isEmpty();
    }

    boolean hasFacts() {
        return !facts.isEmpty();
    }

    boolean hasMentions() {
        return !mentions.isEmpty();
    }

    boolean hasPrevNext() {
        return previous != null || next != null;
    }
}
