package org.nitratekg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.ontology.NKG;

class StoreLoaderTest {
    @TempDir
    Path dir;

    static Model paragraph(int n, String text) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource("https://w3id.org/nitrate-kg/id/review/t/paragraph/" + n).addProperty(NKG.text, text);
        return m;
    }

    static long textHits(DatasetGraph dsg, String words) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create()
                    .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"" + words + "\" }")
                    .dataset(DatasetFactory.wrap(dsg)).build()) {
                return (long) org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    @Test
    void failedLoadLeavesTriplesAndTextIndexAsTheyWere() {
        Path storeDir = dir.resolve("store");
        DatasetGraph store = NkgDatasets.store(storeDir);
        new StoreLoader(store, ProgressListener.NONE).load(List.of(paragraph(1, "Cu–N₃ sites break the scaling relation")));
        long before = Txn.calculateRead(store, () -> store.getDefaultGraph().size());
        assertThat(textHits(store, "CuN3")).isEqualTo(1);

        ProgressListener failing = (done, total, stage) -> {
            if (done > 0) {
                throw new IllegalStateException("disk full");
            }
        };
        List<Model> big = new java.util.ArrayList<>();
        for (int i = 2; i < 1200; i++) {
            big.add(paragraph(i, "Fe-N4 paragraph " + i));
        }
        assertThatThrownBy(() -> new StoreLoader(store, failing).load(big)).hasMessageContaining("disk full");
        assertThat(Txn.calculateRead(store, () -> store.getDefaultGraph().size())).isEqualTo(before);
        assertThat(textHits(store, "Fe-N4")).isZero();
        store.close();

        DatasetGraph reopened = NkgDatasets.store(storeDir);
        assertThat(textHits(reopened, "Cu-N3")).isEqualTo(1);
        assertThat(textHits(reopened, "Fe-N4")).isZero();
        reopened.close();
    }

    @Test
    void inMemoryDatasetIsSearchable() {
        DatasetGraph dsg = NkgDatasets.inMemory();
        new StoreLoader(dsg, ProgressListener.NONE).load(List.of(paragraph(1, "operando XAS of Cu-N₃")));
        assertThat(textHits(dsg, "CuN3")).isEqualTo(1);
        assertThat(textHits(dsg, "operando AND XAS")).isEqualTo(1);
        assertThat(textHits(dsg, "Ni")).isZero();
    }

    @Test
    void theOntologyIsQueryableInItsNamedGraphButNotSearched() {
        DatasetGraph dsg = NkgDatasets.inMemory();
        new StoreLoader(dsg, ProgressListener.NONE).load(List.of(paragraph(1, "operando XAS of Cu-N₃")));
        boolean labelled = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query("ASK { GRAPH <" + StoreLoader.ONTOLOGY_GRAPH + "> { <"
                    + NKG.Catalyst.getURI() + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
                    .dataset(DatasetFactory.wrap(dsg)).build()) {
                return qe.execAsk();
            }
        });
        assertThat(labelled).isTrue();
        assertThat(textHits(dsg, "catalyst")).isZero();
        assertThat(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size())).isEqualTo(1);
    }
}
