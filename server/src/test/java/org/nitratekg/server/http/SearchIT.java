package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search behind the search page, asked as the page asks it. */
class SearchIT {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonObject search(String query) throws Exception {
        var r = server.get("/search?" + query, "application/json");
        assertThat(r.statusCode()).as(query).isEqualTo(200);
        return JSON.parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    static List<JsonObject> hits(JsonObject answer) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : answer.get("hits").getAsArray()) {
            out.add(v.getAsObject());
        }
        return out;
    }

    @Test
    void oneHitPerEntityWithFacetCountsAndPages() throws Exception {
        JsonObject first = search(q("catalyst"));
        int total = first.get("total").getAsNumber().value().intValue();
        assertThat(total).isGreaterThan(SearchService.PAGE_SIZE);
        int counted = 0;
        for (JsonValue k : first.get("kinds").getAsArray()) {
            counted += k.getAsObject().get("count").getAsNumber().value().intValue();
        }
        assertThat(counted).isEqualTo(total);
        List<String> seen = new ArrayList<>();
        int pages = first.get("pages").getAsNumber().value().intValue();
        for (int page = 1; page <= pages; page++) {
            hits(search(q("catalyst") + "&page=" + page)).forEach(h -> seen.add(h.get("iri").getAsString().value()));
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        String kind = first.get("kinds").getAsArray().get(0).getAsObject().get("value").getAsString().value();
        JsonObject narrowed = search(q("catalyst") + "&kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8));
        assertThat(hits(narrowed)).isNotEmpty().allSatisfy(h -> assertThat(h.get("kind").getAsString().value()).isEqualTo(kind));
    }

    @Test
    void forProseWordsParagraphsComeBeforeCaptionsAndReferenceTitles() throws Exception {
        List<String> kinds = new ArrayList<>();
        JsonObject answer = search(q("strain"));
        int pages = answer.get("pages").getAsNumber().value().intValue();
        for (int page = 1; page <= pages; page++) {
            hits(search(q("strain") + "&page=" + page)).forEach(h -> kinds.add(h.get("kind").getAsString().value()));
        }
        int firstParagraph = kinds.indexOf("paragraph");
        assertThat(firstParagraph).isNotNegative();
        for (String lesser : List.of("figure caption", "figure panel", "reference")) {
            int at = kinds.indexOf(lesser);
            assertThat(at < 0 || at > firstParagraph).as(lesser + " after the first paragraph: " + kinds).isTrue();
        }
    }

    @Test
    void backMatterIsLeftOutUnlessAskedFor() throws Exception {
        JsonObject plain = search(q("*NO"));
        JsonObject all = search(q("*NO") + "&backmatter=true");
        int leftOut = plain.get("backMatterLeftOut").getAsNumber().value().intValue();
        assertThat(leftOut).isPositive();
        assertThat(all.get("total").getAsNumber().value().intValue())
                .isEqualTo(plain.get("total").getAsNumber().value().intValue() + leftOut);
        assertThat(hits(plain).get(0).get("label").getAsString().value()).isEqualTo("*NO");
    }

    @Test
    void whateverIsTypedGivesAnAnswerNotAnError() throws Exception {
        for (String typed : List.of("Cu/Cu2O", "*NO", "operando XAS", "FE above 95", "\"unclosed", "(a OR", "a:b]", "<script>")) {
            JsonObject answer = search(q(typed));
            assertThat(answer.hasKey("hits")).as(typed).isTrue();
        }
        assertThat(hits(search(q("Cu/Cu2O"))).get(0).get("label").getAsString().value()).contains("Cu2O");
        JsonObject fe = search(q("FE above 95"));
        assertThat(fe.get("offer").getAsObject().get("href").getAsString().value()).isEqualTo("/compare?fe_min=95");
    }

    @Test
    void suggestionsAreNamesWithAWordStartingAsTyped() throws Exception {
        var r = server.get("/search/suggest?q=cu", "application/json");
        JsonObject answer = JSON.parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        JsonArray names = answer.get("suggestions").getAsArray();
        assertThat(names).isNotEmpty();
        for (JsonValue name : names) {
            assertThat(name.getAsString().value().toLowerCase(java.util.Locale.ROOT)).contains("cu");
        }
    }
}
