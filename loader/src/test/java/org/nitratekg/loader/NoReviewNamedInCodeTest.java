package org.nitratekg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loader and the named queries are written for every review of this kind, never for one: neither names a
 * tabulated catalyst or a section title of the bundled review or of the reviews kept with their gold as test
 * resources, in any spelling (dashes, sub- and superscripts folded).
 */
class NoReviewNamedInCodeTest {
    private static final Set<String> NAMES = new TreeSet<>();
    private static final Set<String> TITLES = new TreeSet<>();

    @BeforeAll
    static void readTheReviews() throws IOException {
        List<ReviewText> reviews = new ArrayList<>(List.of(ReviewText.bundled()));
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/gold"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("review-.*\\.txt")).toList()) {
                reviews.add(org.nitratekg.loader.read.SourceReader.decode(f.toString(), Files.readAllBytes(f)));
            }
        }
        for (ReviewText review : reviews) {
            Model m = new ReviewConverter().convert(review);
            for (String name : strings(m, "SELECT DISTINCT ?x WHERE { ?r a nkg:TableRow ; nkg:reportsCatalyst/nkg:printedName ?x }")) {
                if (fold(name).length() >= 5) NAMES.add(fold(name));
            }
            // numbered sections only: back matter ("Conflicts of Interest") has the same titles in every review
            for (String title : strings(m, "SELECT DISTINCT ?x WHERE { ?s a nkg:Section ; nkg:sectionNumber ?n ; <http://purl.org/dc/terms/title> ?x }")) {
                if (title.split("\\s+").length >= 3) TITLES.add(fold(title));
            }
        }
    }

    @Test
    void noSourceOrQueryNamesACatalystOrSectionTitleOfAReview() throws IOException {
        assertThat(NAMES).hasSizeGreaterThan(80);
        assertThat(TITLES).hasSizeGreaterThan(20);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> java = Files.walk(Path.of("src/main/java")); Stream<Path> queries = Files.list(Path.of("../queries"))) {
            files.addAll(java.filter(f -> f.toString().endsWith(".java")).toList());
            files.addAll(queries.filter(f -> f.toString().endsWith(".rq")).toList());
        }
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String source = fold(Files.readString(file));
            for (String name : NAMES) if (source.contains(name)) found.add(file + " names " + name);
            for (String title : TITLES) if (source.toLowerCase().contains(title.toLowerCase())) found.add(file + " names the section " + title);
        }
        assertThat(found).isEmpty();
    }

    /** One spelling for all: dashes and minus signs as '-', sub- and superscript digits as digits, LaTeX markup gone. */
    static String fold(String s) {
        String t = s.replaceAll("\\\\text\\{([^{}]*)}", "$1").replaceAll("[_^$]", "").replace("{", "").replace("}", "");
        StringBuilder out = new StringBuilder();
        for (char c : t.toCharArray()) {
            int sub = "₀₁₂₃₄₅₆₇₈₉".indexOf(c);
            int sup = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            out.append(sub >= 0 ? (char) ('0' + sub) : sup >= 0 ? (char) ('0' + sup) : "‐‑‒–—−".indexOf(c) >= 0 ? '-' : c == 'ₓ' ? 'x' : c);
        }
        return out.toString();
    }

    private static List<String> strings(Model m, String select) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query("PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#> " + select).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(s.get("x").asLiteral().getString()));
        }
        return out;
    }
}
