package org.nitratekg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * Finds the nkg: and local-unit terms that source files use, as usage facts for {@code undeclared-term-violation.rq}:
 * prefixed names ({@code nkg:Catalyst}, {@code nkgu:MilliA-PER-CentiM2}) in SPARQL and Java text, full IRIs, and
 * {@code NKG.NS + "Name"} concatenations in Java. Constants such as {@code NKG.Catalyst} need no scan: the compiler
 * and NkgVocabularyTest already tie them to the Turtle.
 */
final class UsedTerms {
    static final String CHECK_NS = "https://w3id.org/nitrate-kg/check#";
    static final Property USES_TERM = ModelFactory.createDefaultModel().createProperty(CHECK_NS + "usesTerm");
    static final Property FOUND_IN = ModelFactory.createDefaultModel().createProperty(CHECK_NS + "foundIn");

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_-]*[A-Za-z0-9_])";
    private static final List<Use> PATTERNS = List.of(
            new Use(Pattern.compile("(?<![\\w:/#])nkg:" + NAME), NKG.NS),
            new Use(Pattern.compile("(?<![\\w:/#])nkgu:" + NAME), NkgUnits.NS),
            new Use(Pattern.compile(Pattern.quote(NKG.NS) + NAME), NKG.NS),
            new Use(Pattern.compile(Pattern.quote(NkgUnits.NS) + NAME), NkgUnits.NS),
            new Use(Pattern.compile("NKG\\.NS\\s*\\+\\s*\"" + NAME + "\""), NKG.NS),
            new Use(Pattern.compile("NkgUnits\\.NS\\s*\\+\\s*\"" + NAME + "\""), NkgUnits.NS));

    private record Use(Pattern pattern, String namespace) {}

    private UsedTerms() {}

    /** Usage facts for the given files and every .java and .rq file under the given folders (missing ones skipped). */
    static Model scan(Path base, List<Path> folders) {
        Model usage = ModelFactory.createDefaultModel();
        for (Path folder : folders) {
            if (Files.isRegularFile(folder)) {
                addUses(usage, base.relativize(folder).toString(), read(folder));
                continue;
            }
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".rq"))
                        .filter(f -> !f.toString().contains("/target/"))
                        .forEach(f -> addUses(usage, base.relativize(f).toString(), read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return usage;
    }

    static void addUses(Model usage, String source, String text) {
        for (Use use : PATTERNS) {
            Matcher m = use.pattern().matcher(text);
            while (m.find()) {
                Resource fact = usage.createResource();
                fact.addProperty(USES_TERM, usage.createResource(use.namespace() + m.group(1)));
                fact.addProperty(FOUND_IN, source);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
