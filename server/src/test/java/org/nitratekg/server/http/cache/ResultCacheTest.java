package org.nitratekg.server.http.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResultCacheTest {
    private static ResultKey key(String query) {
        return ResultKey.of("/nkg/sparql", Map.of("query", new String[] {query}), "text/csv", 1);
    }

    private static ResultCache.Entry body(int bytes) {
        return new ResultCache.Entry(List.of(Map.entry("Content-Type", "text/csv")), new byte[bytes]);
    }

    @Test
    void keepsAnAnswerUnderItsKey() {
        ResultCache cache = new ResultCache(1000);
        cache.put(key("ASK {}"), body(10));
        assertThat(cache.get(key("ASK {}"))).get().extracting(e -> e.body().length).isEqualTo(10);
        assertThat(cache.get(key("ASK { ?s ?p ?o }"))).isEmpty();
    }

    @Test
    void keysDifferByEveryPartOfTheRequestButNotByParameterOrder() {
        ResultKey base = ResultKey.of("/nkg/sparql", Map.of("query", new String[] {"q"}, "default-graph-uri", new String[] {"g"}),
                "text/csv", 1);
        ResultKey reordered = ResultKey.of("/nkg/sparql",
                new java.util.LinkedHashMap<>(Map.of("default-graph-uri", new String[] {"g"}, "query", new String[] {"q"})),
                "text/csv", 1);
        assertThat(reordered).isEqualTo(base).hasSameHashCodeAs(base);
        assertThat(ResultKey.of("/nkg/sparql", Map.of("query", new String[] {"q"}, "default-graph-uri", new String[] {"g"}),
                "application/sparql-results+json", 1)).isNotEqualTo(base);
        assertThat(ResultKey.of("/nkg/sparql", Map.of("query", new String[] {"q"}, "default-graph-uri", new String[] {"g"}),
                "text/csv", 2)).as("another data version").isNotEqualTo(base);
        assertThat(ResultKey.of("/nkg/query", Map.of("query", new String[] {"q"}, "default-graph-uri", new String[] {"g"}),
                "text/csv", 1)).isNotEqualTo(base);
        assertThat(ResultKey.of("/nkg/sparql", Map.of("query", new String[] {"q"}), "text/csv", 1)).isNotEqualTo(base);
    }

    @Test
    void staysWithinItsBoundDroppingTheLeastRecentlyUsed() {
        ResultCache cache = new ResultCache(100);
        cache.put(key("a"), body(40));
        cache.put(key("b"), body(40));
        cache.get(key("a"));
        cache.put(key("c"), body(40));
        assertThat(cache.bytes()).isEqualTo(80);
        assertThat(cache.get(key("b"))).as("least recently used").isEmpty();
        assertThat(cache.get(key("a"))).isPresent();
        assertThat(cache.get(key("c"))).isPresent();
    }

    @Test
    void neverKeepsAnAnswerLargerThanTheWholeCache() {
        ResultCache cache = new ResultCache(100);
        cache.put(key("small"), body(50));
        cache.put(key("large"), body(101));
        assertThat(cache.get(key("large"))).isEmpty();
        assertThat(cache.get(key("small"))).as("not pushed out by one that could never fit").isPresent();
        assertThat(cache.bytes()).isEqualTo(50);
    }

    @Test
    void replacingAnAnswerCountsItsBytesOnce() {
        ResultCache cache = new ResultCache(100);
        cache.put(key("a"), body(30));
        cache.put(key("a"), body(60));
        assertThat(cache.bytes()).isEqualTo(60);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void clearForgetsEverything() {
        ResultCache cache = new ResultCache(100);
        cache.put(key("a"), body(30));
        cache.clear();
        assertThat(cache.get(key("a"))).isEmpty();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void aSizeOfZeroKeepsNothingAndANegativeOneIsRefused() {
        ResultCache off = new ResultCache(0);
        off.put(key("a"), body(1));
        assertThat(off.size()).isZero();
        assertThatThrownBy(() -> new ResultCache(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
