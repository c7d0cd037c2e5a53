package org.nitratekg.server.http;

/**
 * The HTML page of one resource: the story {@link EntityStory} tells, rendered by the {@code entity} template,
 * which escapes everything taken from data. Links are made only by {@link LocalLinks}.
 */
final class EntityPage {
    private EntityPage() {}

    static String render(EntityView view) {
        return Templates.render("entity", view.title(), view);
    }
}
