package org.nitratekg.server.http;

import java.util.Optional;

import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.ontology.NKG;

/**
 * Where a link to an IRI points on this server: our data IRIs and ontology terms resolve locally (so the pages
 * can be browsed before w3id redirects exist), other http(s) IRIs stay as they are, and anything else
 * ({@code javascript:}, {@code urn:}, …) is not made a link at all.
 */
final class LocalLinks {
    static final String ID_PATH = "/id/";
    static final String ONTOLOGY_PATH = "/ontology";
    /** Where the ontology's named individuals (techniques, intermediates, strategies…) have their story pages. */
    static final String TERM_PATH = "/term/";

    private LocalLinks() {}

    static Optional<String> href(String iri) {
        if (iri.startsWith(ReviewConverter.DATA_NS)) {
            return Optional.of(ID_PATH + iri.substring(ReviewConverter.DATA_NS.length()));
        }
        if (iri.startsWith(NKG.NS)) {
            return Optional.of(ONTOLOGY_PATH + "#" + iri.substring(NKG.NS.length()));
        }
        if (iri.equals(NKG.ONTOLOGY_IRI)) {
            return Optional.of(ONTOLOGY_PATH);
        }
        if (iri.startsWith("http://") || iri.startsWith("https://")) {
            return Optional.of(iri);
        }
        return Optional.empty();
    }
}
