package org.nitratekg.server.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** What tests compare between two datasets built different ways: a graph's triples and prefixes, and text hits. */
public final class DatasetContents {
    private DatasetContents() {}

    /** The number of text index hits for {@code words}. */
    public static long hits(DatasetGraph dsg, String words) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create()
                    .query("PREFIX text: <http://jena.apache.org/text#> SELECT * { ?s text:query (\"" + words + "\" 100000) }")
                    .dataset(DatasetFactory.wrap(dsg)).build()) {
                return (long) ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    /** A copy of the default graph ({@code graph} null) or of a named graph, prefixes included. */
    public static Graph copy(DatasetGraph dsg, String graph) {
        return Txn.calculateRead(dsg, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            Graph source = graph == null ? dsg.getDefaultGraph() : dsg.getGraph(NodeFactory.createURI(graph));
            out.getPrefixMapping().setNsPrefixes(source.getPrefixMapping());
            source.find().forEach(out::add);
            return out;
        });
    }
}
