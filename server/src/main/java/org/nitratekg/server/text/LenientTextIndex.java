package org.nitratekg.server.text;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.store.Directory;

/**
 * The Lucene text index, lenient with what a reader types into {@code text:query} in SPARQL: a search string that is
 * not Lucene query syntax ({@code Cu/Cu2O} starts a regular expression, {@code *NO} a wildcard, {@code Fe-N4 (Cl)}
 * an unclosed group...) is searched for as plain words, with every operator character escaped, instead of failing
 * the query. A string that parses is used as it is, operators and all.
 */
public final class LenientTextIndex extends TextIndexLucene {
    public LenientTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
    }

    /** The search string as plain words: every character Lucene's syntax gives a meaning to is escaped. */
    public static String plainWords(String search) {
        return QueryParserBase.escape(search);
    }

    private static List<TextHit> lenient(String search, java.util.function.Function<String, List<TextHit>> query) {
        try {
            return query.apply(search);
        } catch (TextIndexParseException notSyntax) {
            return query.apply(plainWords(search));
        }
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return lenient(qs, q -> super.query(property, q, graphURI, lang));
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return lenient(qs, q -> super.query(property, q, graphURI, lang, limit));
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return lenient(qs, q -> super.query(property, q, graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(String uri, Node property, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        return lenient(qs, q -> super.query(uri, property, q, graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return lenient(qs, q -> super.query(props, q, graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        return lenient(qs, q -> super.query(subj, props, q, graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        return lenient(qs, q -> super.query(uri, props, q, graphURI, lang, limit, highlight));
    }
}
