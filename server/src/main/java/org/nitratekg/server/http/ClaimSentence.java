package org.nitratekg.server.http;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.nitratekg.ontology.NKG;

/**
 * A claim said as one sentence: "Ce-doped Co3O4 breaks the *H/*NO scaling relation — DFT; hedged: no". Scaling
 * relation claims get their verb from {@code nkg:breaks}; other claims are named by their kind and subject, the
 * quote beside them saying the rest.
 */
final class ClaimSentence {
    private final Graph graph;
    private final HumanLabels labels;

    ClaimSentence(Graph graph, HumanLabels labels) {
        this.graph = graph;
        this.labels = labels;
    }

    String sentence(Node claim) {
        String subject = subject(claim).orElse("The review");
        String evidence = String.join(", ", graph.find(claim, p("evidenceType"), Node.ANY)
                .mapWith(t -> labels.of(t.getObject())).toList().stream().sorted().toList());
        Optional<String> hedged = labels.literal(claim, p("hedged"), false).map(h -> h.equals("true") ? "yes" : "no");
        StringBuilder out = new StringBuilder();
        if (labels.is(claim, "ScalingRelationClaim")) {
            boolean breaks = labels.literal(claim, p("breaks"), false).map(b -> b.equals("true")).orElse(true);
            String relation = labels.object(claim, p("aboutScalingRelation")).map(labels::of).orElse("a scaling relation");
            out.append(subject).append(breaks ? " breaks " : " does not break ").append(relation);
        } else {
            out.append(subject).append(": ").append(labels.typeLabel(claim).orElse("claim"));
        }
        List<String> tail = new java.util.ArrayList<>();
        if (!evidence.isEmpty()) {
            tail.add(evidence);
        }
        hedged.ifPresent(h -> tail.add("hedged: " + h));
        if (!tail.isEmpty()) {
            out.append(" — ").append(String.join("; ", tail));
        }
        return out.toString();
    }

    private Optional<String> subject(Node claim) {
        return labels.literal(claim, p("printedSubject"), false).map(DisplayText::clean)
                .or(() -> labels.object(claim, p("claimSubject")).map(labels::of))
                .or(() -> labels.object(claim, p("aboutCatalyst")).map(labels::of));
    }

    private static Node p(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }
}
