package org.nitratekg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Reads what the documentation shows about a term: labels, definitions, class expressions, as plain text. */
final class TermDescriber {
    private final Model model;

    TermDescriber(Model model) {
        this.model = model;
    }

    Model model() {
        return model;
    }

    String label(Resource term) {
        // Vocabulary constants belong to no model or to another one: look them up in the ontology.
        Resource r = term.isURIResource() ? model.getResource(term.getURI()) : term;
        Statement l = r.getProperty(RDFS.label);
        if (l != null) {
            return l.getString();
        }
        return r.isURIResource() ? localName(r.getURI()) : "(anonymous)";
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    /** The compact name shown for a term: prefix:local with the ontology's prefixes, else the full IRI. */
    String shortName(Resource r) {
        if (!r.isURIResource()) {
            return describe(r);
        }
        String iri = r.getURI();
        for (var entry : model.getNsPrefixMap().entrySet()) {
            String ns = entry.getValue();
            if (!entry.getKey().isEmpty() && iri.startsWith(ns) && iri.length() > ns.length()) {
                return entry.getKey() + ":" + iri.substring(ns.length());
            }
        }
        return iri;
    }

    /** A class expression as text: a named class by its short name, a union as "A or B". */
    String describe(RDFNode node) {
        if (node.isURIResource()) {
            return shortName(node.asResource());
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        Resource r = node.asResource();
        Statement union = r.getProperty(OWL.unionOf);
        if (union != null) {
            List<String> parts = new ArrayList<>();
            union.getObject().as(RDFList.class).iterator().forEachRemaining(n -> parts.add(describe(n)));
            return String.join(" or ", parts);
        }
        return "(class expression)";
    }

    List<String> strings(Resource r, Property p) {
        List<String> values = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> values.add(s.getObject().isLiteral() ? s.getString() : describe(s.getObject())));
        values.sort(Comparator.naturalOrder());
        return values;
    }

    List<Resource> objects(Resource r, Property p) {
        List<Resource> values = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isResource()) {
                values.add(s.getResource());
            }
        });
        return values;
    }

    String definition(Resource r) {
        Statement d = model.getResource(r.getURI()).getProperty(SKOS.definition);
        return d == null ? "" : d.getString();
    }

    /** Named terms of a namespace with the given rdf:type, sorted by label. */
    List<Resource> terms(Resource type, String namespace) {
        List<Resource> terms = new ArrayList<>(model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, type)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(namespace)).toList());
        terms.sort(Comparator.comparing((Resource r) -> label(r).toLowerCase()).thenComparing(Resource::getURI));
        return terms;
    }
}
