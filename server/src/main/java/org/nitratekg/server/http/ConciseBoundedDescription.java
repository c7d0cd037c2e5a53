package org.nitratekg.server.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * What {@code GET /id/...} returns about a resource: its concise bounded description (its statements, following
 * blank nodes) plus the statements that point at it, so a reader can navigate both ways. Incoming statements are
 * capped, because a shared entity such as an intermediate may be mentioned thousands of times.
 */
public final class ConciseBoundedDescription {
    static final int MAX_INCOMING = 500;

    private ConciseBoundedDescription() {}

    /** The description of {@code iri} in {@code graph}; empty if the graph says nothing about it. Call inside a read transaction. */
    public static Model of(Graph graph, String iri) {
        Node subject = NodeFactory.createURI(iri);
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(graph.getPrefixMapping());
        Graph target = out.getGraph();
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(subject);
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!seen.add(s)) {
                continue;
            }
            for (Iterator<Triple> it = graph.find(s, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                target.add(t);
                if (t.getObject().isBlank()) {
                    todo.add(t.getObject());
                }
            }
        }
        int incoming = 0;
        for (Iterator<Triple> it = graph.find(Node.ANY, Node.ANY, subject); it.hasNext() && incoming < MAX_INCOMING; incoming++) {
            target.add(it.next());
        }
        return out;
    }
}
