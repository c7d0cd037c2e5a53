package org.nitratekg.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class QueryRequestLimitsTest {
    @Test
    void everyNamedQueryOfTheProjectPasses() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(Path.of("../queries"))) {
            queries = files.filter(f -> f.toString().endsWith(".rq")).toList();
        }
        assertThat(queries).hasSizeGreaterThan(5);
        for (Path q : queries) {
            assertThat(QueryRequestLimits.problem(Files.readString(q))).as(q.toString()).isNull();
        }
    }

    @Test
    void queriesNestedTooDeeplyToRunAreRefusedWithTheReason() {
        String unions = "SELECT * { " + "{ ?s ?p ?o } UNION ".repeat(2_000) + "{ ?s ?p ?o } }";
        String text = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \""
                + "(".repeat(5_000) + "Cu" + ")".repeat(5_000) + "\" }";
        String braces = "SELECT * " + "{".repeat(5_000) + "}".repeat(5_000);
        String sum = "SELECT ?x { BIND(" + "1 + ".repeat(5_000) + "1 AS ?x) }";
        String optionals = "SELECT * { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o } ".repeat(1_000) + "}";
        String binds = "SELECT * { " + java.util.stream.IntStream.range(0, 1_000)
                .mapToObj(i -> "BIND(1 AS ?v" + i + ") ").reduce("", String::concat) + "}";
        for (String query : List.of(unions, text, braces, sum, optionals, binds)) {
            assertThat(QueryRequestLimits.problem(query)).as(query.substring(0, 60)).startsWith("Query too deeply nested to run");
        }
    }

    @Test
    void queriesOverTheSizeLimitAreRefused() {
        String big = "SELECT * { ?s ?p \"" + "x".repeat(QueryRequestLimits.MAX_QUERY_BYTES) + "\" }";
        assertThat(QueryRequestLimits.problem(big)).startsWith("Query larger than");
    }

    @Test
    void moderateNestingAndSyntaxErrorsAreLeftToFuseki() {
        String unions = "SELECT * { " + "{ ?s ?p ?o } UNION ".repeat(100) + "{ ?s ?p ?o } }";
        assertThat(QueryRequestLimits.problem(unions)).isNull();
        assertThat(QueryRequestLimits.problem("SELEKT * { ?s ?p ?o }")).isNull();
    }
}
