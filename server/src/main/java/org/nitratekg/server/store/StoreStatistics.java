package org.nitratekg.server.store;

import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes TDB2's statistics file ({@value #FILE}) for the default graph, as {@code tdb2.tdbstats} does, into the
 * database's storage folder, where TDB2 reads it when it opens the store: the query optimizer then orders the
 * patterns of a query by how many triples each predicate has.
 */
final class StoreStatistics {
    static final String FILE = "stats.opt";

    private StoreStatistics() {}

    static void write(DatasetGraph dataset) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        var results = tdb.calculateRead(() -> {
            var table = tdb.getTripleTable().getNodeTupleTable();
            StatsCollectorNodeId stats = new StatsCollectorNodeId(table.getNodeTable());
            for (Iterator<Tuple<NodeId>> it = table.findAll(); it.hasNext(); ) {
                Tuple<NodeId> t = it.next();
                stats.record(null, t.get(0), t.get(1), t.get(2));
            }
            return stats.results();
        });
        Stats.write(tdb.getLocation().getPath(FILE), results);
    }
}
