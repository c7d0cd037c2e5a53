package org.nitratekg.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.nitratekg.ontology.NkgOntology;
import org.nitratekg.server.io.RdfFiles;

/**
 * Builds a new store in one go: the reviews stream into TDB2's bulk loader in a staging directory, the text index
 * is written from the loaded triples (as Jena's {@code textindexer} does, with {@link NkgTextIndex}'s definition, so
 * {@code text:query} finds what it finds after a transactional load), TDB2's statistics are written for the query
 * optimizer, and {@link StoreSwap#commit} makes the whole store visible at once. A failure or a kill at any moment
 * leaves the store as it was: empty, or not there. Only for a store with no data yet; adding to a store goes
 * through {@link StoreLoader}'s transaction.
 */
public final class StagedLoad {
    private static final int REPORT_EVERY = 5_000;
    private static final MonitorOutput SILENT = (fmt, args) -> {};

    /**
     * The build reads and writes its files with read/write calls into small caches on the heap rather than mapping
     * them into memory: mapped pages count in the process's resident memory, which would then grow with the store
     * (several GB at 1,000 reviews). Only the build uses these; the finished store opens with TDB2's defaults.
     */
    static final StoreParams BUILD_PARAMS = StoreParams.builder("nkg-build", StoreParams.getDftStoreParams())
            .fileMode(FileMode.direct)
            .blockReadCacheSize(500)
            .blockWriteCacheSize(500)
            // Direct mode keeps these caches on the heap: TDB2's defaults (hundreds of thousands of nodes) ran a
            // 640 MiB heap out of memory in the index phase of a 1,000-review build.
            .node2NodeIdCacheSize(100_000)
            .nodeId2NodeCacheSize(150_000)
            .build();

    private static final String PARAMS_FILE = "tdb.cfg";

    private final Path store;
    private final ProgressListener progress;

    public StagedLoad(Path store, ProgressListener progress) {
        this.store = store;
        this.progress = progress;
    }

    /** True if a load into {@code store} may build it afresh: no database yet, or one whose default graph is empty. */
    public static boolean appliesTo(Path store) {
        StoreSwap.recover(store);
        if (!Files.exists(store.resolve(NkgDatasets.TDB_FOLDER))) {
            return true;
        }
        // whatever is there must open as a database (or fail as not one), never be replaced unseen
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.resolve(NkgDatasets.TDB_FOLDER).toString());
        try {
            return tdb.calculateRead(() -> tdb.getDefaultGraph().isEmpty());
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    /**
     * Loads the reviews (each passes {@code check} before any of its triples is written) and the ontology; returns
     * the number of triples offered.
     */
    public long load(Iterator<Model> models, int reviews, ReviewCheck check) {
        return build(reviews, stream -> {
            long triples = 0;
            int done = 0;
            while (models.hasNext()) {
                Model model = models.next();
                check.check(model);
                model.getNsPrefixMap().forEach(stream::prefix);
                for (Iterator<Triple> it = model.getGraph().find(); it.hasNext(); ) {
                    stream.triple(it.next());
                    if (++triples % REPORT_EVERY == 0) {
                        progress.progress(done, reviews, "storing");
                    }
                }
                progress.progress(++done, reviews, "storing");
            }
        });
    }

    /** Loads RDF files of converted reviews (as written by {@code nkg convert}) as they are, and the ontology. */
    public long loadRdf(List<Path> files) {
        return build(files.size(), stream -> {
            int done = 0;
            for (Path file : files) {
                RdfFiles.parse(file, stream);
                progress.progress(++done, files.size(), "storing");
            }
        });
    }

    private long build(int units, Consumer<StreamRDF> feed) {
        try {
            Files.createDirectories(store);
            try (FileChannel building = StoreSwap.tryLock(store)) {
                if (building == null) {
                    throw new IllegalStateException(store + " is being loaded by another process");
                }
                Path staging = StoreSwap.stagingOf(store);
                StoreSwap.deleteTree(staging);
                long triples = buildIn(staging, units, feed);
                progress.progress(units, units, "committing");
                StoreSwap.commit(store);
                return triples;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            StoreSwap.deleteTree(StoreSwap.stagingOf(store));
        }
    }

    private long buildIn(Path staging, int units, Consumer<StreamRDF> feed) {
        Path folder = staging.resolve(NkgDatasets.TDB_FOLDER);
        DatasetGraph tdb = DatabaseConnection.connectCreate(Location.create(folder), BUILD_PARAMS).getDatasetGraph();
        long triples;
        try {
            triples = bulkLoad(tdb, feed);
            progress.progress(units, units, "indexing text");
            TextIndexBuild.write(tdb, staging.resolve(NkgDatasets.TEXT_FOLDER));
            progress.progress(units, units, "statistics");
            StoreStatistics.write(tdb);
        } finally {
            TDBInternal.expel(tdb);
        }
        forgetBuildParams(folder);
        return triples;
    }

    /** TDB2 keeps the parameters a database was made with; the finished store opens with the defaults instead. */
    private static void forgetBuildParams(Path database) {
        try (var files = Files.walk(database)) {
            for (Path cfg : files.filter(f -> f.getFileName().toString().equals(PARAMS_FILE)).toList()) {
                Files.delete(cfg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long bulkLoad(DatasetGraph tdb, Consumer<StreamRDF> feed) {
        DataLoader loader = LoaderFactory.phasedLoader(tdb, SILENT);
        loader.startBulk();
        LoaderStream stream = new LoaderStream(loader.stream());
        try {
            feed.accept(stream);
            long triples = loader.countTriples();
            // As in StoreLoader: the ontology in its own graph, outside the text index.
            Node ontologyGraph = NodeFactory.createURI(StoreLoader.ONTOLOGY_GRAPH);
            NkgOntology.ontologyWithImports().getGraph().find().forEach(t -> stream.quad(new Quad(ontologyGraph, t)));
            loader.finishBulk();
            return triples;
        } catch (RuntimeException | Error e) {
            if (stream.failed) {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            } else {
                // The input failed (bad review, refused check), not the loader: its worker threads are still running
                // and would meet a closed database later. Finish them normally: the staging copy is thrown away.
                try {
                    loader.finishBulk();
                } catch (RuntimeException | Error suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** The loader's input stream, noting whether a failure came out of the loader itself rather than its input. */
    private static final class LoaderStream extends StreamRDFWrapper {
        private boolean failed;

        LoaderStream(StreamRDF loaderInput) {
            super(loaderInput);
        }

        private void noting(Runnable send) {
            try {
                send.run();
            } catch (RuntimeException | Error e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void triple(Triple triple) {
            noting(() -> super.triple(triple));
        }

        @Override
        public void quad(Quad quad) {
            noting(() -> super.quad(quad));
        }

        @Override
        public void prefix(String prefix, String iri) {
            noting(() -> super.prefix(prefix, iri));
        }
    }

    /** A check of one converted review before it is written; throws to stop the load. */
    @FunctionalInterface
    public interface ReviewCheck {
        void check(Model review);
    }
}
