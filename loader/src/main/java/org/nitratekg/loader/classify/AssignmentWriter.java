package org.nitratekg.loader.classify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nitratekg.loader.classify.ReviewGraph.TableCatalyst;
import org.nitratekg.loader.extract.CatalystNames;
import org.nitratekg.ontology.NKG;

/**
 * Writes a class assignment at {@code {review}/class-assignment/{catalyst slug}}: scoped to the review, because
 * the catalyst itself is shared across reviews and another review may describe it differently. The catalyst is
 * typed with the class and its superclasses up to {@code nkg:Catalyst}, so queries need no reasoner.
 */
final class AssignmentWriter {
    private static final Property WAS_DERIVED_FROM = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final Model ontology;

    AssignmentWriter(Model ontology) {
        this.ontology = ontology;
    }

    void write(Model graph, Resource review, TableCatalyst catalyst, Finding finding) {
        Resource assignment = graph.createResource(review.getURI() + "/class-assignment/" + CatalystNames.slug(catalyst.name()))
                .addProperty(RDF.type, NKG.ClassAssignment)
                .addProperty(NKG.partOfReview, review)
                .addProperty(RDFS.label, catalyst.name() + ": " + finding.cls().label())
                .addProperty(NKG.assignedClass, finding.cls().term())
                .addProperty(NKG.assignmentBasis, finding.basis())
                .addProperty(NKG.basisText, finding.reason());
        catalyst.rows().forEach(row -> assignment.addProperty(NKG.derivedFromPart, row));
        finding.parts().forEach(part -> assignment.addProperty(NKG.derivedFromPart, part));
        finding.works().forEach(work -> assignment.addProperty(WAS_DERIVED_FROM, work));
        Resource c = catalyst.catalyst().inModel(graph);
        c.addProperty(NKG.classAssignment, assignment);
        for (Resource type : withSuperclasses(finding.cls().term())) {
            c.addProperty(RDF.type, type);
        }
    }

    private Set<Resource> withSuperclasses(Resource term) {
        Set<Resource> all = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>();
        todo.add(term);
        while (!todo.isEmpty()) {
            Resource t = todo.pop();
            if (t.isURIResource() && t.getURI().startsWith(NKG.NS) && all.add(t) && !t.equals(NKG.Catalyst)) {
                for (RDFNode sup : ontology.listObjectsOfProperty(ontology.getResource(t.getURI()), RDFS.subClassOf).toList()) {
                    if (sup.isURIResource()) {
                        todo.add(sup.asResource());
                    }
                }
            }
        }
        return all;
    }
}
