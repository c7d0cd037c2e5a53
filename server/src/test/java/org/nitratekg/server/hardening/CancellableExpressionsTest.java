package org.nitratekg.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.nitratekg.server.http.QueryHardening;

/** REGEX and REPLACE of the hardened endpoint: Jena's results, and an end when the query's time is up. */
class CancellableExpressionsTest {
    /** Backtracks for hours on 35 characters with Java's regular expressions. */
    private static final String RUNAWAY = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"((((.*)*)*)*)*x\"";

    private static DatasetGraph hardened(Duration timeout) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        QueryHardening.apply(dsg.getContext(), timeout);
        return dsg;
    }

    private static List<QuerySolution> select(DatasetGraph dsg, String query) {
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
            return org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect());
        }
    }

    @Test
    void aBacktrackingRegexStopsAtTheTimeout() {
        DatasetGraph dsg = hardened(Duration.ofMillis(500));
        for (String query : List.of(
                "SELECT ?m { BIND(REGEX(" + RUNAWAY + ") AS ?m) }",
                "SELECT ?s { VALUES ?s { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" } FILTER REGEX(?s, \"((((.*)*)*)*)*x\") }",
                "SELECT ?r { BIND(REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"((((.*)*)*)*)*x\", \"y\") AS ?r) }")) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                    assertThatThrownBy(() -> select(dsg, query)).as(query).isInstanceOf(QueryCancelledException.class));
        }
    }

    @Test
    void regexAndReplaceGiveJenasResults() {
        DatasetGraph dsg = hardened(Duration.ofSeconds(10));
        QuerySolution row = select(dsg, """
                SELECT ?a ?b ?c ?d ?e ?f {
                  BIND(REGEX("Cu–N3 site", "cu–n\\\\d", "i") AS ?a)
                  BIND(REGEX("Cu–N3 site", "^N3") AS ?b)
                  BIND(REPLACE("abcb", "b", "X") AS ?c)
                  BIND(REPLACE("Fe-N4"@en, "(\\\\w+)-(\\\\w+)", "$2-$1") AS ?d)
                  BIND(REPLACE("a.b", ".", "-", "q") AS ?e)
                  BIND(REPLACE("abc", "x*", "-") AS ?f)
                }""").getFirst();
        assertThat(row.getLiteral("a").getBoolean()).isTrue();
        assertThat(row.getLiteral("b").getBoolean()).isFalse();
        assertThat(row.getLiteral("c").getString()).isEqualTo("aXcX");
        assertThat(row.getLiteral("d").getString()).isEqualTo("N4-Fe");
        assertThat(row.getLiteral("d").getLanguage()).isEqualTo("en");
        assertThat(row.getLiteral("e").getString()).isEqualTo("a-b");
        assertThat(row.getLiteral("f").getString()).isEqualTo("-abc");
    }

    @Test
    void aVariablePatternIsCancellableToo() {
        DatasetGraph dsg = hardened(Duration.ofMillis(500));
        String query = "SELECT ?m { BIND(\"((((.*)*)*)*)*x\" AS ?p) BIND(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", ?p) AS ?m) }";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> select(dsg, query)).isInstanceOf(QueryCancelledException.class));
    }
}
