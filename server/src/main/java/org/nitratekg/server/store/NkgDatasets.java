package org.nitratekg.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where the data lives: an in-memory dataset for one-off serving, or a store directory holding a TDB2 database
 * ({@value #TDB_FOLDER}/) and its Lucene text index ({@value #TEXT_FOLDER}/). Both come wrapped by the text index.
 */
public final class NkgDatasets {
    public static final String TDB_FOLDER = "tdb2";
    public static final String TEXT_FOLDER = "text";

    private NkgDatasets() {}

    public static DatasetGraph inMemory() {
        return inMemory(new ByteBuffersDirectory());
    }

    /** An in-memory dataset whose text index lives in {@code index}. */
    public static DatasetGraph inMemory(Directory index) {
        return NkgTextIndex.wrap(DatasetGraphFactory.createTxnMem(), index);
    }

    /** The dataset under the text index's wrapper: what is written there is not indexed. */
    static DatasetGraph unindexed(DatasetGraph dataset) {
        return dataset instanceof DatasetGraphWrapper wrapper ? wrapper.getBase() : dataset;
    }

    /** Opens the store in {@code dir}, creating an empty one if the directory is new. */
    public static DatasetGraph store(Path dir) {
        try {
            StoreSwap.recover(dir);
            Files.createDirectories(dir.resolve(TEXT_FOLDER));
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve(TDB_FOLDER).toString());
            InputCheckingExecutor.install(tdb);
            return NkgTextIndex.wrap(tdb, FSDirectory.open(dir.resolve(TEXT_FOLDER)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True if {@code dir} looks like a store made by {@link #store(Path)}. */
    public static boolean isStore(Path dir) {
        return Files.isDirectory(dir.resolve(TDB_FOLDER));
    }
}
