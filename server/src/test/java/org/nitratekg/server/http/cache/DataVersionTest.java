package org.nitratekg.server.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.NkgTextIndex;

class DataVersionTest {
    private static final Triple T = Triple.create(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
            NodeFactory.createLiteralString("o"));

    @Test
    void aWriteToATdb2StoreBehindTheTextIndexChangesTheVersionAndIsSeenWhileUnderWay() {
        DatasetGraph store = NkgTextIndex.wrap(DatabaseMgr.createDatasetGraph(), new org.apache.lucene.store.ByteBuffersDirectory());
        DataVersion version = DataVersion.of(store);
        long before = version.current();
        Txn.executeRead(store, () -> store.getDefaultGraph().size());
        assertThat(version.current()).as("reads change nothing").isEqualTo(before);
        Txn.executeWrite(store, () -> {
            store.getDefaultGraph().add(T);
            assertThat(version.writing()).isTrue();
        });
        assertThat(version.writing()).isFalse();
        assertThat(version.current()).isGreaterThan(before);
        store.close();
    }

    @Test
    void anInMemoryDatasetFilledBeforeServingHasOneVersion() {
        DatasetGraph memory = NkgDatasets.inMemory();
        DataVersion version = DataVersion.of(memory);
        assertThat(version.current()).isEqualTo(version.current());
        assertThat(version.writing()).isFalse();
    }
}
