package org.nitratekg.server.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.server.store.NkgDatasets;

/** {@code text:query} in raw SPARQL with search strings that are not Lucene syntax. */
class LenientTextIndexTest {
    private static DatasetGraph dataset;

    @BeforeAll
    static void index() {
        dataset = NkgDatasets.inMemory();
        Txn.executeWrite(dataset, () -> {
            label("urn:x:interface", "Cu/Cu2O heterointerface");
            label("urn:x:oxide", "Cu2O nanocubes");
            label("urn:x:other", "Fe-N4 sites");
            label("urn:x:intermediate", "*NO adsorption");
        });
    }

    private static void label(String iri, String text) {
        dataset.getDefaultGraph().add(Triple.create(NodeFactory.createURI(iri), RDFS.label.asNode(),
                NodeFactory.createLiteralString(text)));
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    private static List<String> search(String words) {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"%s\" } ORDER BY ?s"
                .formatted(words.replace("\\", "\\\\").replace("\"", "\\\""));
        return Txn.calculateRead(dataset, () -> {
            List<String> hits = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset)).build()) {
                qe.execSelect().forEachRemaining(row -> hits.add(row.getResource("s").getURI()));
            }
            return hits;
        });
    }

    @Test
    void aSlashThatWouldStartARegularExpressionIsSearchedAsWords() {
        assertThat(search("Cu/Cu2O")).contains("urn:x:interface").doesNotContain("urn:x:other");
    }

    @Test
    void anUnclosedGroupOrALeadingWildcardIsSearchedAsWords() {
        assertThat(search("Fe-N4 (sites")).containsExactly("urn:x:other");
        assertThat(search("*NO")).containsExactly("urn:x:intermediate");
    }

    @Test
    void aSearchStringThatParsesKeepsItsOperators() {
        assertThat(search("Cu2O AND heterointerface")).containsExactly("urn:x:interface");
        assertThat(search("Cu2O NOT heterointerface")).containsExactly("urn:x:oxide");
    }

    @Test
    void plainWordsEscapeEveryOperatorCharacter() {
        assertThat(LenientTextIndex.plainWords("Cu/Cu2O (a) *b")).isEqualTo("Cu\\/Cu2O \\(a\\) \\*b");
    }
}
