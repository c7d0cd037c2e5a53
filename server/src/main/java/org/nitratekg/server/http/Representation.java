package org.nitratekg.server.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations a linked-data resource is offered in, and the choice between them by the request's
 * {@code Accept} header (or an explicit {@code ?format=} short name, for links on the HTML pages).
 * Without a preference the first one, Turtle, is served; browsers ask for HTML first and get it.
 */
public enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
    HTML("text/html", "html", null);

    private static final AcceptList OFFERED = AcceptList.create(
            Arrays.stream(values()).map(r -> r.mediaType).toArray(String[]::new));

    public final String mediaType;
    public final String shortName;
    /** The Jena writer format; null for HTML. */
    public final RDFFormat format;

    Representation(String mediaType, String shortName, RDFFormat format) {
        this.mediaType = mediaType;
        this.shortName = shortName;
        this.format = format;
    }

    public boolean isRdf() {
        return format != null;
    }

    public Lang lang() {
        return format.getLang();
    }

    /**
     * The representation for a request, or empty if the client accepts none of ours (406).
     *
     * @param accept       the Accept header, may be null
     * @param formatParam  the {@code format} query parameter, may be null; it wins over Accept
     */
    public static Optional<Representation> choose(String accept, String formatParam) {
        if (formatParam != null && !formatParam.isBlank()) {
            String wanted = formatParam.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(r -> r.shortName.equals(wanted) || r.mediaType.equals(wanted))
                    .findFirst();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(accept), OFFERED);
        } catch (RuntimeException malformedHeader) {
            return Optional.of(TURTLE);
        }
        if (match == null) {
            return Optional.empty();
        }
        String chosen = match.getContentTypeStr();
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(chosen)).findFirst();
    }
}
