package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * {@code mappings/nkg.sssom.tsv} holds exactly the skos mapping annotations of the ontology to ChEBI, CHMO and
 * Wikidata, with labels, justification and a comment each. With {@code -Dnkg.sssom.write=true} the test rewrites
 * the file from the ontology, keeping the confidence and comment of rows that are already there.
 */
class SssomMappingsTest {
    private static final Path FILE = OwlApiLoader.ONTOLOGY_DIR.resolve("mappings/nkg.sssom.tsv");
    private static final List<String> COLUMNS = List.of("subject_id", "subject_label", "predicate_id", "object_id",
            "object_label", "mapping_justification", "confidence", "comment");
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("nkg", NKG.NS);
        PREFIXES.put("CHEBI", "http://purl.obolibrary.org/obo/CHEBI_");
        PREFIXES.put("CHMO", "http://purl.obolibrary.org/obo/CHMO_");
        PREFIXES.put("wikidata", "http://www.wikidata.org/entity/");
        PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXES.put("semapv", "https://w3id.org/semapv/vocab/");
    }

    private static String curie(String iri) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (iri.startsWith(p.getValue())) {
                return p.getKey() + ":" + iri.substring(p.getValue().length());
            }
        }
        return null;
    }

    /** subject|predicate|object to the row the ontology implies (comment and confidence defaulted by source). */
    private static Map<String, List<String>> rowsFromOntology() {
        Model all = NkgOntology.ontologyWithImports();
        Map<String, List<String>> rows = new TreeMap<>();
        for (Property predicate : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch)) {
            for (Statement s : all.listStatements(null, predicate, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                String subject = curie(s.getSubject().getURI());
                String object = s.getObject().isURIResource() ? curie(s.getObject().asResource().getURI()) : null;
                if (subject == null || object == null || !subject.startsWith("nkg:")) {
                    continue;
                }
                String subjectLabel = label(s.getSubject());
                String objectLabel = object.startsWith("wikidata:") ? subjectLabel : label(s.getObject().asResource());
                boolean wikidata = object.startsWith("wikidata:");
                rows.put(subject + "|" + curie(predicate.getURI()) + "|" + object, List.of(subject, subjectLabel,
                        curie(predicate.getURI()), object, objectLabel, "semapv:ManualMappingCuration",
                        wikidata ? "0.8" : "0.95",
                        wikidata ? "Wikidata IRI from a secondary source (an element table), matched by element name and symbol; not dereferenced (offline): verify before relying on it"
                                : "IRI and label checked in the offline term module, matched by name and formula"));
            }
        }
        return rows;
    }

    private static String label(org.apache.jena.rdf.model.Resource r) {
        Statement l = r.getProperty(RDFS.label);
        return l == null ? "" : l.getString();
    }

    /** The data rows of the file, keyed like {@link #rowsFromOntology()}. */
    private static Map<String, List<String>> rowsInFile() throws IOException {
        Map<String, List<String>> rows = new TreeMap<>();
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines.get(0).split("\t")).containsExactlyElementsOf(COLUMNS);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split("\t", -1));
            assertThat(cells).as(line).hasSize(COLUMNS.size());
            rows.put(cells.get(0) + "|" + cells.get(2) + "|" + cells.get(3), cells);
        }
        return rows;
    }

    @Test
    void theFileHoldsExactlyTheOntologysMappings() throws IOException {
        Map<String, List<String>> expected = rowsFromOntology();
        if (Boolean.getBoolean("nkg.sssom.write")) {
            write(expected);
        }
        Map<String, List<String>> actual = rowsInFile();
        assertThat(actual.keySet()).as("mappings (re-generate with -Dnkg.sssom.write=true)").isEqualTo(expected.keySet());
        assertThat(expected).hasSizeGreaterThan(30);
        actual.forEach((key, cells) -> {
            assertThat(cells.get(1)).as(key + " subject_label").isEqualTo(expected.get(key).get(1));
            assertThat(cells.get(4)).as(key + " object_label").isEqualTo(expected.get(key).get(4));
            assertThat(cells.get(5)).as(key).isEqualTo("semapv:ManualMappingCuration");
            assertThat(cells.get(7)).as(key + " comment").isNotBlank();
        });
    }

    @Test
    void theHeaderNamesTheSetItsLicenseAndEveryPrefixUsed() throws IOException {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        assertThat(text).contains("# mapping_set_id: https://w3id.org/nitrate-kg/ontology/mappings/nkg.sssom.tsv",
                "# license: https://creativecommons.org/licenses/by/4.0/", "# curie_map:");
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            assertThat(text).contains("#   " + p.getKey() + ": " + p.getValue());
        }
    }

    private static void write(Map<String, List<String>> fromOntology) throws IOException {
        Map<String, List<String>> existing = Files.exists(FILE) ? rowsInFile() : Map.of();
        List<String> out = new ArrayList<>(List.of(
                "# curie_map:"));
        PREFIXES.forEach((k, v) -> out.add("#   " + k + ": " + v));
        out.addAll(List.of(
                "# mapping_set_id: https://w3id.org/nitrate-kg/ontology/mappings/nkg.sssom.tsv",
                "# mapping_set_version: 0.1.0",
                "# mapping_set_description: Exact and close matches of nitrate-kg ontology terms to ChEBI, CHMO and Wikidata.",
                "# license: https://creativecommons.org/licenses/by/4.0/",
                "# subject_source: https://w3id.org/nitrate-kg/ontology",
                "# mapping_date: 2026-11-24",
                String.join("\t", COLUMNS)));
        fromOntology.forEach((key, row) -> {
            List<String> cells = new ArrayList<>(row);
            List<String> kept = existing.get(key);
            if (kept != null) {
                cells.set(6, kept.get(6));
                cells.set(7, kept.get(7));
            }
            out.add(String.join("\t", cells));
        });
        Files.createDirectories(FILE.getParent());
        Files.write(FILE, out, StandardCharsets.UTF_8);
    }
}
