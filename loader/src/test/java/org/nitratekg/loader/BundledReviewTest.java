package org.nitratekg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.ontology.NKG;

/** The bundled review converted by the whole pipeline: structure, provenance, citations and determinism. */
class BundledReviewTest {
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static Model model;
    private static String text;

    @BeforeAll
    static void convert() {
        ReviewText review = ReviewText.bundled();
        text = review.text();
        model = new ReviewConverter().convert(review);
    }

    @Test
    void convertingTwiceGivesAnIsomorphicGraphWithTheSameIris() {
        Model again = new ReviewConverter().convert(ReviewText.bundled());
        assertThat(again.isIsomorphicWith(model)).isTrue();
        assertThat(iris(again)).isEqualTo(iris(model));
        assertThat(model.listSubjects().toList()).allMatch(Resource::isURIResource);
    }

    @Test
    void sectionsAreNumberedAtEveryDepthAndNested() {
        List<String> numbers = strings("SELECT ?n WHERE { ?s a nkg:Section ; nkg:sectionNumber ?n } ORDER BY ?n");
        assertThat(numbers).contains("1", "2", "2.1", "2.2", "3.3", "4.1", "4.3", "5", "6");
        assertThat(strings("SELECT ?p WHERE { ?s nkg:sectionNumber \"4.2\" ; nkg:subsectionOf/nkg:sectionNumber ?p }"))
                .containsExactly("4");
    }

    @Test
    void paragraphsSplitByPageFurnitureAreJoinedAgain() {
        List<String> joined = strings("SELECT ?t WHERE { ?p a nkg:Paragraph ; nkg:text ?t "
                + "FILTER(CONTAINS(?t, \"Copyright\") || CONTAINS(?t, \"Publisher's Note\")) }");
        assertThat(joined).isEmpty();
        List<String> starts = strings("SELECT ?t WHERE { ?p a nkg:Paragraph ; nkg:text ?t "
                + "FILTER(REGEX(?t, \"^[a-z\\\\[]\")) }");
        assertThat(starts).as("paragraphs that start mid-sentence").isEmpty();
    }

    @Test
    void everyPartQuotesItsSourceTextExactly() {
        // Claims quote a sentence of the normalized text of their part; the parts themselves quote the source file.
        List<Resource> parts = model.listSubjectsWithProperty(NKG.quote)
                .filterDrop(r -> r.hasProperty(RDF.type, NKG.Claim)).toList();
        assertThat(parts).hasSizeGreaterThan(600);
        for (Resource part : parts) {
            Resource quote = part.getPropertyResourceValue(NKG.quote);
            String exact = quote.getProperty(model.createProperty(OA + "exact")).getString();
            Resource position = model.createResource(part.getURI() + "/position");
            int start = position.getProperty(model.createProperty(OA + "start")).getInt();
            int end = position.getProperty(model.createProperty(OA + "end")).getInt();
            int from = text.offsetByCodePoints(0, start);
            int to = text.offsetByCodePoints(0, end);
            assertThat(text.substring(from, to)).as(part.getURI()).isEqualTo(exact);
            long line = part.getProperty(NKG.sourceLine).getLong();
            assertThat(text.substring(0, from).chars().filter(c -> c == '\n').count() + 1).isEqualTo(line);
        }
    }

    @Test
    void paragraphsCaptionsAndRowsCiteTheReferencesTheyPrint() {
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { ?p a nkg:Paragraph ; cito:cites ?r }")).isGreaterThan(150);
        assertThat(count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?p cito:cites ?r }")).as("references cited somewhere").isEqualTo(221);
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { ?p a nkg:FigureCaption ; cito:cites ?r }")).isGreaterThan(20);
        assertThat(count("SELECT (COUNT(DISTINCT ?row) AS ?n) WHERE { ?row a nkg:TableRow ; cito:cites ?r }"))
                .isEqualTo(59);
        List<Resource> paragraphs = model.listSubjectsWithProperty(RDF.type, NKG.Paragraph).toList();
        for (Resource p : paragraphs) {
            String printed = p.getProperty(NKG.printedText).getString();
            Set<Integer> cited = new TreeSet<>();
            p.listProperties(model.createProperty("http://purl.org/spar/cito/cites")).forEachRemaining(
                    s -> cited.add(s.getResource().getProperty(NKG.referenceNumber).getInt()));
            assertThat(cited).as(p.getURI()).containsExactlyInAnyOrderElementsOf(
                    org.nitratekg.loader.extract.CitationParser.numbers(printed));
        }
    }

    @Test
    void frontMatterIsRead() {
        assertThat(strings("SELECT ?d WHERE { ?r a nkg:Review ; bibo:doi ?d }")).containsExactly("10.53941/echem.2025.100002");
        assertThat(strings("SELECT ?l WHERE { ?r a nkg:Review ; dcterms:license ?l }"))
                .containsExactly("https://creativecommons.org/licenses/by/4.0/");
        assertThat(strings("SELECT ?d WHERE { ?r a nkg:Review ; dcterms:dateAccepted ?d }")).containsExactly("2025-09-25");
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { ?r a nkg:Review ; dcterms:creator ?c }")).isEqualTo(11);
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { ?c a nkg:FigureCaption }")).isEqualTo(12);
    }

    @Test
    void conformsToTheShapesAndDescribesFigurePanels() {
        assertThat(org.nitratekg.ontology.NkgShapes.hasViolations(org.nitratekg.ontology.NkgShapes.validate(model.getGraph())))
                .as("SHACL violations (warnings flag anomalies of the review itself)").isFalse();
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { ?p a nkg:FigurePanel ; nkg:panelOf ?c ; nkg:text ?t }"))
                .isGreaterThan(30);
    }


    private static Set<String> iris(Model m) {
        Set<String> iris = new TreeSet<>();
        for (Statement s : m.listStatements().toList()) {
            iris.add(s.getSubject().getURI());
            if (s.getObject().isURIResource()) {
                iris.add(s.getObject().asResource().getURI());
            }
        }
        return iris;
    }

    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX bibo: <http://purl.org/ontology/bibo/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static List<String> strings(String query) {
        try (QueryExecution exec = QueryExecution.model(model).query(PREFIXES + query).build()) {
            List<String> values = new java.util.ArrayList<>();
            exec.execSelect().forEachRemaining(s -> {
                RDFNode n = s.get(s.varNames().next());
                values.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
            return values;
        }
    }

    private static long count(String query) {
        return Long.parseLong(strings(query).getFirst());
    }
}
