package org.nitratekg.server.http;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.ontology.NKG;

/** The reviews loaded in the dataset, as links with their titles. */
final class Reviews {
    private Reviews() {}

    static List<PageLink> list(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Graph graph = new Union(dataset.getDefaultGraph(), dataset.getUnionGraph());
            HumanLabels labels = new HumanLabels(graph);
            return graph.find(Node.ANY, RDF.type.asNode(), NKG.Review.asNode()).mapWith(t -> PageLink.of(t.getSubject(), labels))
                    .toList().stream().distinct().sorted(Comparator.comparing(PageLink::text)).toList();
        });
    }
}
