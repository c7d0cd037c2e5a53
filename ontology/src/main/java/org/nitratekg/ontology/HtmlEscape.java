package org.nitratekg.ontology;

/**
 * HTML escaping for everything that comes from data or from the ontology, in text content and attribute values
 * alike. Shared by the ontology's documentation page and the server's entity pages.
 */
public final class HtmlEscape {
    private HtmlEscape() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
