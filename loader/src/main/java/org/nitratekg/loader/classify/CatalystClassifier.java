package org.nitratekg.loader.classify;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.loader.classify.ReviewGraph.TableCatalyst;
import org.nitratekg.ontology.NKG;
import org.nitratekg.ontology.NkgOntology;

/**
 * Gives every catalyst of a review's tables one catalyst class, with the reason it was given: read from the
 * converted graph only (table rows and their cited works, the table's abbreviation note, paragraphs, captions and
 * section titles), and written back as an {@code nkg:ClassAssignment} with its basis, reason and provenance. The
 * class wording comes from the SKOS labels of the ontology's catalyst class terms (see {@link ClassVocabulary});
 * how evidence is weighed is in {@link ClassRules}.
 */
public final class CatalystClassifier {

    /** One catalyst's class as written: its printed name, the class, the kind of evidence and the reason. */
    public record Assignment(String catalyst, CatalystClass cls, String basis, String reason) {}

    private final ClassVocabulary vocabulary;
    private final AssignmentWriter writer;

    public CatalystClassifier() {
        this(NkgOntology.ontology());
    }

    public CatalystClassifier(Model ontology) {
        this.vocabulary = ClassVocabulary.of(ontology);
        this.writer = new AssignmentWriter(ontology);
    }

    /** Classifies the table catalysts of every review in the graph. */
    public List<Assignment> classify(Model reviewGraph) {
        List<Assignment> all = new ArrayList<>();
        for (Resource review : reviewGraph.listResourcesWithProperty(RDF.type, NKG.Review).toList()) {
            all.addAll(classify(reviewGraph, review));
        }
        return all;
    }

    /** Classifies the table catalysts of one review, in table and row order, and writes the assignments. */
    public List<Assignment> classify(Model reviewGraph, Resource review) {
        ReviewGraph graph = new ReviewGraph(reviewGraph, review);
        NameMatcher names = new NameMatcher(graph.catalysts.stream().map(TableCatalyst::name).toList());
        ClassRules rules = new ClassRules(vocabulary, new TextIndex(graph.parts, names), new SectionTitles(vocabulary, graph));
        List<Assignment> assignments = new ArrayList<>();
        for (TableCatalyst catalyst : graph.catalysts) {
            Finding finding = rules.classify(catalyst);
            writer.write(reviewGraph, review, catalyst, finding);
            assignments.add(new Assignment(catalyst.name(), finding.cls(), finding.basis(), finding.reason()));
        }
        return assignments;
    }
}
