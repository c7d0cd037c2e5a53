package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code java -jar nitrate-kg.jar serve} with no arguments serves the bundled review, searchable, read-only. */
class ServeJarIT {
    private static final Pattern READY = Pattern.compile("nitrate-kg: http://localhost:(\\d+)/");

    @Test
    void servesTheBundledReview() throws Exception {
        String jar = System.getProperty("nkg.jar", "target/nitrate-kg.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-jar", jar, "serve", "--port", "0"))
                .redirectErrorStream(true).start();
        long start = System.nanoTime();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            int port = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                    break;
                }
            }
            assertThat(port).as("server announced its port").isPositive();
            System.out.printf("serve: answering after %d ms%n", (System.nanoTime() - start) / 1_000_000);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://localhost:" + port;

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);

            String query = """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                    SELECT ?p { ?p text:query "Cu-N3" ; a nkg:Paragraph }""";
            HttpResponse<String> hits = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/nkg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(hits.statusCode()).isEqualTo(200);
            assertThat(hits.body().lines().skip(1).toList()).isNotEmpty();

            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "/nkg/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isBetween(400, 499);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
