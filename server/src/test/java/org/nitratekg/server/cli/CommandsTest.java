package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.ontology.NKG;
import org.apache.jena.vocabulary.RDF;

class CommandsTest {
    @TempDir
    Path dir;

    private Path bundledReviewFile() throws IOException {
        Path review = dir.resolve("review.txt");
        Files.writeString(review, ReviewText.bundled().text(), StandardCharsets.UTF_8);
        return review;
    }

    @Test
    void convertWritesTheSyntaxOfTheExtension() throws IOException {
        Path review = bundledReviewFile();
        for (String ext : new String[] {"ttl", "nt", "jsonld", "trig"}) {
            Path out = dir.resolve("r." + ext);
            CliRun run = CliRun.of("convert", review.toString(), "-o", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            Model model = RDFDataMgr.loadModel(out.toString());
            assertThat(model.listSubjectsWithProperty(RDF.type, NKG.Paragraph).toList()).as(ext).isNotEmpty();
        }
    }

    @Test
    void convertRefusesAnUnknownOutputSyntax() throws IOException {
        CliRun run = CliRun.of("convert", bundledReviewFile().toString(), "-o", dir.resolve("r.xlsx").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("r.xlsx").contains(".ttl, .nt, .jsonld or .trig");
    }

    @Test
    void malformedUtf8IsBadInputWithFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', 'C', 'u', (byte) 0xFF, '\n'});
        CliRun run = CliRun.of("convert", bad.toString(), "-o", dir.resolve("r.ttl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(bad + ":3: UTF-8 text");
        assertThat(dir.resolve("r.ttl")).doesNotExist();
    }

    @Test
    void missingInputIsBadInput() {
        CliRun run = CliRun.of("convert", dir.resolve("none.txt").toString(), "-o", dir.resolve("r.ttl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.txt:1:");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("convert").exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void namedQueryPrintsItsHeaderRow() throws IOException {
        Path ttl = dir.resolve("r.ttl");
        assertThat(CliRun.of("convert", bundledReviewFile().toString(), "-o", ttl.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("query", "--data", ttl.toString(), "references", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).contains(
                "review,number,first_author_surname,year,journal,volume,first_page_or_article,title,doi");
        CliRun tsv = CliRun.of("query", "--data", ttl.toString(), "references", "--format", "tsv");
        assertThat(tsv.out().lines().findFirst().orElseThrow()).startsWith("?review\t?number");
    }

    @Test
    void queryFileAndUnknownNames() throws IOException {
        Path ttl = dir.resolve("r.ttl");
        CliRun.of("convert", bundledReviewFile().toString(), "-o", ttl.toString());
        Path rq = dir.resolve("count.rq");
        Files.writeString(rq, "PREFIX nkg: <" + NKG.NS + ">\nSELECT (COUNT(?p) AS ?paragraphs) { ?p a nkg:Paragraph }\n");
        CliRun run = CliRun.of("query", "--data", ttl.toString(), rq.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).hasSize(2).first().isEqualTo("paragraphs");
        assertThat(Integer.parseInt(run.out().lines().toList().get(1).strip())).isPositive();

        assertThat(CliRun.of("query", "--data", ttl.toString(), "no-such-query").exitCode()).isEqualTo(2);
        Path broken = dir.resolve("broken.rq");
        Files.writeString(broken, "SELECT ?x\nWHERE { ?x ?y }\n");
        CliRun bad = CliRun.of("query", "--data", ttl.toString(), broken.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith(broken + ":2: a SPARQL query");
        assertThat(CliRun.of("query", "--data", ttl.toString(), "references", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void validateReportsViolationsWithExit1() throws IOException {
        Path good = dir.resolve("good.ttl");
        // Nothing in it is a target of the shapes, whatever they require of reviews, rows or catalysts.
        Files.writeString(good, "<https://w3id.org/nitrate-kg/id/note/1> <http://www.w3.org/2000/01/rdf-schema#comment> \"a note\" .\n");
        CliRun ok = CliRun.of("validate", good.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("conforms");

        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix nkg: <" + NKG.NS + "> .\n<https://w3id.org/nitrate-kg/id/review/x/table/1/row/7> a nkg:TableRow .\n");
        CliRun run = CliRun.of("validate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("violation").contains("row/7");
    }

    @Test
    void theConvertedBundledReviewHasNoViolationsOnlyFlaggedAnomalies() throws IOException {
        Path ttl = dir.resolve("r.ttl");
        assertThat(CliRun.of("convert", bundledReviewFile().toString(), "-o", ttl.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("validate", ttl.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains(": 0 violation(s), ").doesNotContain("  Violation ");
    }

    @Test
    void everySubcommandExplainsItselfWithHelp() {
        for (String sub : new String[] {"convert", "load", "serve", "query", "validate", "report", "synth", "publish"}) {
            CliRun run = CliRun.of(sub, "--help");
            assertThat(run.exitCode()).as(sub).isZero();
            assertThat(run.out()).as(sub).contains("Usage: nkg " + sub);
        }
    }

    @Test
    void validateRefusesBrokenRdfWithItsLine() throws IOException {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "@prefix nkg: <" + NKG.NS + "> .\n\n<urn:a> nkg:text \"x\" \"y\" .\n");
        CliRun run = CliRun.of("validate", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(broken + ":3:");
    }
}
