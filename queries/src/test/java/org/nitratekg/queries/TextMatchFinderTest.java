package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class TextMatchFinderTest {
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static java.util.List<String> findings(String body) {
        return TextMatchFinder.findings(QueryFactory.create(PREFIXES + body));
    }

    @Test
    void aRegexOnParagraphTextIsFound() {
        assertThat(findings("SELECT ?p WHERE { ?p nkg:text ?t FILTER(REGEX(?t, \"electrons and\")) }"))
                .containsExactly("REGEX on [?t]");
    }

    @Test
    void aContainsOnASectionTitleReachedByAPathIsFound() {
        assertThat(findings("SELECT ?p WHERE { ?p nkg:inSection/dcterms:title ?title FILTER(CONTAINS(LCASE(?title), \"strain\")) }"))
                .contains("CONTAINS on [?title]", "LCASE on [?title]");
    }

    @Test
    void aValueComputedFromAQuoteStaysText() {
        assertThat(findings("""
                SELECT ?c WHERE { ?c nkg:quote/oa:exact ?q BIND(STR(?q) AS ?s) BIND(CONCAT(?s, "") AS ?u)
                FILTER(STRSTARTS(?u, "Recently")) }"""))
                .containsExactly("STRSTARTS on [?u]");
    }

    @Test
    void matchesInsideSubqueriesExistsAndAggregatesAreFound() {
        assertThat(findings("""
                SELECT ?e WHERE {
                  { SELECT ?e WHERE { ?e nkg:observation ?o FILTER(REGEX(?o, "from .* to")) } }
                  FILTER EXISTS { ?e nkg:derivedFromPart/nkg:text ?t FILTER(CONTAINS(?t, "in situ")) }
                }""")).containsExactlyInAnyOrder("REGEX on [?o]", "CONTAINS on [?t]");
        assertThat(findings("SELECT ?s (GROUP_CONCAT(?t) AS ?all) WHERE { ?s nkg:text ?t } GROUP BY ?s HAVING(CONTAINS(?all, \"x\"))"))
                .containsExactly("CONTAINS on [?all]");
    }

    @Test
    void comparingTextWithALiteralIsFound() {
        assertThat(findings("SELECT ?e WHERE { ?e nkg:observation ?o FILTER(?o = \"no segregation\") }"))
                .containsExactly("comparison of [?o] with a literal");
    }

    @Test
    void readingTextAsOutputOrTestingStructuredValuesIsAllowed() {
        assertThat(findings("""
                SELECT ?e ?obs (REPLACE(?name, "–", "-") AS ?plain) WHERE {
                  ?e nkg:observation ?obs ; nkg:aboutCatalyst/nkg:printedName ?name ; nkg:inSection/nkg:sectionNumber ?n .
                  BIND(COALESCE(?obs, "") AS ?text)
                  FILTER(STRSTARTS(?n, "4") && ?name != "x")
                }""")).isEmpty();
    }
}
