package org.nitratekg.loader.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.nitratekg.loader.extract.CitationParser;

/**
 * Finds a catalyst that a table attributes to one reference while a sentence of the text that names it cites only
 * other references.
 */
final class TextCitationCheck {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final int MIN_NAME_LENGTH = 4;

    private TextCitationCheck() {}

    record TableCitation(String row, String catalyst, String review, Set<Integer> refs) {}

    static List<Finding> findings(Model model) {
        List<TableCitation> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(model).query("""
                PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                PREFIX cito: <http://purl.org/spar/cito/>
                SELECT ?row ?name ?review (GROUP_CONCAT(?n; separator=",") AS ?refs) WHERE {
                  ?row a nkg:TableRow ; nkg:partOfReview ?review ; nkg:reportsCatalyst/nkg:printedName ?name ;
                       cito:cites/nkg:referenceNumber ?n } GROUP BY ?row ?name ?review""").build()) {
            exec.execSelect().forEachRemaining(r -> {
                Set<Integer> refs = new HashSet<>();
                for (String n : r.getLiteral("refs").getString().split(",")) {
                    refs.add(Integer.parseInt(n));
                }
                rows.add(new TableCitation(r.getResource("row").getURI(), r.getLiteral("name").getString(),
                        r.getResource("review").getURI(), refs));
            });
        }
        List<String[]> paragraphs = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(model).query("""
                PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                SELECT ?p ?review ?text WHERE { ?p a nkg:Paragraph ; nkg:partOfReview ?review ; nkg:text ?text }
                """).build()) {
            exec.execSelect().forEachRemaining(r -> paragraphs.add(new String[] {
                    r.getResource("p").getURI(), r.getResource("review").getURI(), r.getLiteral("text").getString()}));
        }
        List<Finding> found = new ArrayList<>();
        for (TableCitation row : rows) {
            if (row.catalyst().length() < MIN_NAME_LENGTH) {
                continue;
            }
            Pattern name = Pattern.compile("(?<![\\w–-])" + Pattern.quote(row.catalyst()) + "(?![\\w–-])");
            for (String[] p : paragraphs) {
                if (!p[1].equals(row.review())) {
                    continue;
                }
                for (String sentence : SENTENCE_END.split(p[2])) {
                    List<Integer> cited = CitationParser.numbers(sentence);
                    if (!cited.isEmpty() && name.matcher(sentence).find()
                            && cited.stream().noneMatch(row.refs()::contains)) {
                        found.add(new Finding(FindingKind.CATALYST_CITED_DIFFERENTLY_IN_TEXT, row.row(),
                                row.catalyst() + " is cited as " + row.refs() + " in the table but as " + cited
                                        + " in " + p[0]));
                    }
                }
            }
        }
        return found;
    }
}
