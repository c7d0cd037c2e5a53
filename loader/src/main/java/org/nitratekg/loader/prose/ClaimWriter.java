package org.nitratekg.loader.prose;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * Writes extracted entities and claims into the review graph with deterministic IRIs: claims scoped to the review
 * ({@code …/review/{slug}/claim/{part}-{k}}), motifs, catalysts, elements, steps and scaling relations shared
 * ({@code …/id/motif/{slug}} …). Lexicon terms a claim points to get their ontology label copied, so queries over
 * the review graph alone can print them.
 */
final class ClaimWriter {
    static final String ID = "https://w3id.org/nitrate-kg/id/";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String CITO_CITES = "http://purl.org/spar/cito/cites";

    final Model model;
    private final Model ontology;
    private final Resource review;
    private final Map<String, Integer> claimCounters = new HashMap<>();
    private final Map<Integer, Resource> references = new HashMap<>();
    private final Map<String, List<Resource>> claimsBySentence = new HashMap<>();
    /** Terms and classes whose ontology statements are already in the review's model (copying again adds nothing). */
    private final Set<org.apache.jena.graph.Node> copiedTerms = new java.util.HashSet<>();
    private final Set<String> copiedClassLabels = new java.util.HashSet<>();

    ClaimWriter(Model model, Model ontology, Resource review) {
        this.model = model;
        this.ontology = ontology;
        this.review = review;
        model.listResourcesWithProperty(RDF.type, NKG.Reference).forEachRemaining(r -> {
            if (r.hasProperty(NKG.partOfReview, review) && r.hasProperty(NKG.referenceNumber)) {
                references.put(r.getProperty(NKG.referenceNumber).getInt(), r);
            }
        });
    }

    /** A new claim read from one sentence of a passage, with its provenance, evidence types and hedge flag. */
    Resource claim(Passage passage, Sentence s, Resource claimClass, Set<Resource> evidence) {
        return claim(passage, s, claimClass, evidence, (Sentence) null);
    }

    /** As above, for a claim about a catalyst named in an earlier sentence ({@code focus}), whose citations then apply. */
    Resource claim(Passage passage, Sentence s, Resource claimClass, Set<Resource> evidence, Sentence focus) {
        return claim(passage, s, claimClass, evidence, passage.referencesFor(s, focus))
                .addLiteral(NKG.hedged, EvidenceCues.hedged(s.text()));
    }

    /** A new claim read from one sentence, resting on the given references; the caller records hedge and negation. */
    Resource claim(Passage passage, Sentence s, Resource claimClass, Set<Resource> evidence, List<Integer> sources) {
        int k = claimCounters.merge(passage.claimPrefix, 1, Integer::sum);
        Resource claim = model.createResource(review.getURI() + "/claim/" + passage.claimPrefix + "-" + k)
                .addProperty(RDF.type, NKG.Claim).addProperty(RDF.type, claimClass)
                .addProperty(NKG.partOfReview, review);
        for (Resource part : passage.parts) claim.addProperty(NKG.derivedFromPart, part);
        if (passage.part.hasProperty(NKG.inSection)) {
            claim.addProperty(NKG.inSection, passage.part.getPropertyResourceValue(NKG.inSection));
        }
        Resource quote = model.createResource(claim.getURI() + "/quote")
                .addProperty(RDF.type, model.createResource(OA + "TextQuoteSelector"))
                .addProperty(model.createProperty(OA + "exact"), s.text());
        claim.addProperty(NKG.quote, quote);
        for (int n : sources) {
            claim.addProperty(model.createProperty(CITO_CITES), reference(n));
        }
        for (Resource e : evidence) {
            claim.addProperty(NKG.evidenceType, term(e));
        }
        claimsBySentence.computeIfAbsent(passage.claimPrefix + "#" + s.index(), x -> new java.util.ArrayList<>()).add(claim);
        return claim;
    }

    /** Takes back a claim read earlier that a later statement shows to be something else (the step before a shift). */
    void retract(Resource claim) {
        Resource quote = claim.getPropertyResourceValue(NKG.quote);
        if (quote != null) quote.removeProperties();
        model.removeAll(null, null, claim);
        claim.removeProperties();
        claimsBySentence.values().forEach(list -> list.remove(claim));
    }

    /** Records that another passage (a caption, a later section) states a claim again, with the works it cites there. */
    void restate(Resource claim, Passage passage, List<Integer> sources) {
        if (!claim.hasProperty(NKG.derivedFromPart, passage.part)) claim.addProperty(NKG.restatedIn, passage.part);
        for (int n : sources) claim.addProperty(model.createProperty(CITO_CITES), reference(n));
    }

    /** The claims already read from a sentence, in the order they were made. */
    List<Resource> claimsOf(Passage passage, Sentence s) {
        return claimsBySentence.getOrDefault(passage.claimPrefix + "#" + s.index(), List.of());
    }

    private Resource reference(int number) {
        return references.computeIfAbsent(number, n -> model.createResource(review.getURI() + "/reference/" + n)
                .addProperty(RDF.type, NKG.Reference)
                .addProperty(NKG.partOfReview, review)
                .addLiteral(NKG.referenceNumber, (long) n));
    }

    /** A lexicon term, with its type and label copied from the ontology. */
    Resource term(Resource t) {
        Resource r = model.createResource(t.getURI());
        if (!copiedTerms.add(t.asNode())) return r;
        ontology.listStatements(t, RDF.type, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(model::add);
        ontology.listStatements(t, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(model::add);
        ontology.listStatements(t, org.apache.jena.vocabulary.SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(model::add);
        ontology.listStatements(t, org.apache.jena.vocabulary.SKOS.notation, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(model::add);
        ontology.listStatements(t, NKG.subPathwayOf, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            model.add(st);
            term(st.getResource());
        });
        return r;
    }

    /** A class and its named superclasses up to nkg:Catalyst, with labels, so queries need no reasoner. */
    void typeWithSuperclasses(Resource r, Resource cls) {
        for (Resource c = cls; c != null && c.getURI() != null && c.getURI().startsWith(NKG.NS);
             c = ontology.createResource(c.getURI()).getPropertyResourceValue(RDFS.subClassOf)) {
            r.addProperty(RDF.type, c);
            if (!copiedClassLabels.add(c.getURI())) continue;
            ontology.listStatements(ontology.createResource(c.getURI()), RDFS.label, (org.apache.jena.rdf.model.RDFNode) null)
                    .forEachRemaining(st -> model.add(model.createResource(st.getSubject().getURI()), st.getPredicate(), st.getObject()));
        }
    }

    Resource motif(Motif m) {
        Resource r = model.createResource(ID + "motif/" + m.slug());
        if (r.hasProperty(RDF.type, NKG.SiteMotif)) return r;
        r.addProperty(RDF.type, NKG.SiteMotif).addProperty(RDF.type, m.motifClass())
                .addProperty(NKG.printedName, m.printed()).addProperty(RDFS.label, m.label());
        int i = 0;
        for (Motif.Centre c : m.centres()) {
            Resource coord = model.createResource(r.getURI() + "/coordination/" + (++i))
                    .addProperty(RDF.type, NKG.Coordination)
                    .addProperty(NKG.centralElement, element(c.element()))
                    .addProperty(NKG.symmetry, m.asymmetric() ? "asymmetric" : "symmetric");
            if (c.coordinationNumber() != null) coord.addLiteral(NKG.coordinationNumber, (long) c.coordinationNumber());
            StringBuilder counts = new StringBuilder();
            for (Motif.Shell sh : c.shell()) {
                coord.addProperty(NKG.coordinatingElement, element(sh.element()));
                counts.append(sh.printed());
            }
            coord.addProperty(NKG.elementCount, counts.toString());
            if (m.ligand() != null) {
                coord.addProperty(m.axial() ? NKG.axialLigand : NKG.inPlaneLigand, element(m.ligand()));
            }
            r.addProperty(NKG.hasCoordination, coord);
        }
        return r;
    }

    /** A motif written with a generic metal M ("M–N4–OH"), which stands for the family of sites of that shape. */
    Resource familyMotif(String printed) {
        Resource r = model.createResource(ID + "motif/" + slug(printed));
        if (r.hasProperty(RDF.type, NKG.SiteMotif)) return r;
        return r.addProperty(RDF.type, NKG.SiteMotif).addProperty(RDF.type, NKG.MetalNitrogenSite)
                .addProperty(NKG.printedName, printed).addProperty(RDFS.label, printed + " (any metal M)");
    }

    /** The ontology's element individual with that symbol (with its label), else a data IRI for it. */
    Resource element(String symbol) {
        for (Resource e : ontology.listSubjectsWithProperty(NKG.symbol, symbol).toList()) {
            if (e.hasProperty(RDF.type, NKG.ChemicalElement)) {
                ontology.listStatements(e, NKG.symbol, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(model::add);
                return term(e);
            }
        }
        return model.createResource(ID + "element/" + symbol).addProperty(RDF.type, NKG.ChemicalElement)
                .addProperty(NKG.symbol, symbol);
    }

    Resource catalyst(String printedName) {
        Resource known = knownCatalyst(printedName);
        if (known != null) return known;
        Resource r = model.createResource(ID + "catalyst/" + org.nitratekg.loader.extract.CatalystNames.slug(printedName))
                .addProperty(RDF.type, NKG.Catalyst);
        // the same name printed with another dash keeps the spelling it was first met with
        return r.hasProperty(NKG.printedName) ? r : r.addProperty(NKG.printedName, printedName);
    }

    private Resource knownCatalyst(String printedName) {
        List<Resource> hits = model.listResourcesWithProperty(NKG.printedName, printedName).toList();
        return hits.stream().filter(h -> h.hasProperty(RDF.type, NKG.Catalyst)).findFirst().orElse(null);
    }

    /** An elementary step, shared, from one species to another ("*NO3 → *NO2") or named ("NH3 desorption"). */
    Resource step(String label, Resource from, Resource to) {
        Resource r = model.createResource(ID + "step/" + slug(label)).addProperty(RDF.type, NKG.ElementaryStep)
                .addProperty(RDFS.label, label);
        if (from != null) r.addProperty(NKG.fromIntermediate, term(from));
        if (to != null) r.addProperty(NKG.toIntermediate, term(to));
        return r;
    }

    /** The relation between two intermediates; one shared "unnamed pair" relation when the review names neither. */
    Resource scalingRelation(Resource a, Resource b) {
        if (a == null || b == null) {
            return model.createResource(ID + "scaling-relation/unnamed-pair").addProperty(RDF.type, NKG.ScalingRelation)
                    .addProperty(RDFS.label, "scaling relation between intermediates the review does not name");
        }
        List<Resource> pair = java.util.stream.Stream.of(a, b).sorted(java.util.Comparator.comparing(Resource::getLocalName)).toList();
        Resource r = model.createResource(ID + "scaling-relation/" + slug(pair.get(0).getLocalName() + "-" + pair.get(1).getLocalName()))
                .addProperty(RDF.type, NKG.ScalingRelation);
        for (Resource i : pair) r.addProperty(NKG.betweenIntermediate, term(i));
        return r;
    }

    static String slug(String name) {
        // "*NO3" (adsorbed) and "NO3−" (the ion) must not share a slug
        String s = name.replaceAll("(?<=[A-Za-z0-9])[−-](?=\\s|$)", " ion").toLowerCase(Locale.ROOT).replace("*", "ads ")
                .replace("→", "-to-").replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
