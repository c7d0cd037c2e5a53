package org.nitratekg.server.http;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.nitratekg.ontology.NKG;

/** A link as pages show it: readable text, and where it goes (null when the value is not a link). */
record PageLink(String text, String href) {

    static PageLink text(String text) {
        return new PageLink(text, null);
    }

    /** A node as a link with its human label; literals as cleaned text. */
    static PageLink of(Node node, HumanLabels labels) {
        if (!node.isURI()) {
            return text(labels.of(node));
        }
        Optional<String> href = labels.isTerm(node) ? Optional.of(LocalLinks.TERM_PATH + node.getURI().substring(NKG.NS.length()))
                : LocalLinks.href(node.getURI());
        return new PageLink(labels.of(node), href.orElse(null));
    }
}
