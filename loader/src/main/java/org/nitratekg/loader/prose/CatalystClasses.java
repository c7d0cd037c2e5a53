package org.nitratekg.loader.prose;

import org.nitratekg.loader.prose.language.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.ontology.NKG;

/**
 * Gives catalysts a class, each with a recorded reason: the shape of the name (SAC, SA + NP, DAC/DSAC, SAA, M1/
 * support, clusters Mn), a sentence naming the catalyst right after "single-atom", "dual-atom"/"diatomic" or
 * "cluster", or the title of the work that reports it. Nothing is assigned without one of these.
 */
final class CatalystClasses {
    private static final Pattern SA = Pattern.compile("(?<![A-Z])SAs?(?![a-z])|SACs?(?![a-z])|" + CatalystFinder.SINGLE_ATOM.pattern());
    private static final Pattern PARTICLE = Pattern.compile("(?<![A-Z])NPs?(?![A-Za-z])");
    private static final Pattern DAC = Pattern.compile("(?<![A-Z])D(?:S)?ACs?(?![a-z])");
    private static final Pattern SAA = Pattern.compile("(?<![A-Z])I?SAA(?![a-z])");
    private static final Pattern METAL = Pattern.compile(Elements.METAL + "(?![a-z])");
    private static final Pattern SENTENCE_CUE = Pattern.compile(
            "(?i)\\b(single-atom alloy|single-atom|single atom|dual-atom|diatomic|dual-single-atom|cluster)\\b[^.()\\[]{0,70}\\(\\s*$");

    private final Context ctx;

    CatalystClasses(Context ctx) {
        this.ctx = ctx;
    }

    void assign(Model graph, List<Passage> passages) {
        for (Resource c : graph.listResourcesWithProperty(RDF.type, NKG.Catalyst).toList()) {
            if (!c.hasProperty(NKG.printedName)) continue;
            String name = c.getProperty(NKG.printedName).getString();
            Map<Resource, String> byName = fromName(name);
            byName.forEach((cls, why) -> record(c, cls, "name pattern", why));
            if (byName.isEmpty()) {
                for (String title : titles(graph, c)) {
                    Resource cls = fromWords(title, name);
                    if (cls != null) record(c, cls, "reference title", title);
                }
            }
        }
        for (Passage p : passages) {
            for (Sentence s : p.sentences) {
                for (CatalystFinder.Found f : ctx.catalysts(s.text())) {
                    Matcher cue = SENTENCE_CUE.matcher(s.text().substring(0, f.start()));
                    if (!cue.find()) continue;
                    Resource cls = fromWords(cue.group(1), f.name());
                    if (cls != null) record(ctx.writer.catalyst(f.name()), cls, "sentence", s.text());
                }
            }
        }
    }

    static Map<Resource, String> fromName(String name) {
        Map<Resource, String> classes = new LinkedHashMap<>();
        boolean sa = SA.matcher(name).find();
        boolean particle = PARTICLE.matcher(name).find() || (sa && CatalystFinder.CLUSTER.matcher(name).results()
                .anyMatch(r -> Integer.parseInt(r.group(1)) >= 3));
        if (SAA.matcher(name).find()) classes.put(NKG.SingleAtomAlloy, "SAA in the name");
        else if (DAC.matcher(name).find()) classes.put(metalsBefore(name, DAC) > 1 ? NKG.HeteronuclearDualAtomCatalyst
                : NKG.HomonuclearDualAtomCatalyst, "DAC/DSAC in the name");
        else if (sa && particle) classes.put(NKG.SingleAtomParticleHybrid, "single atoms with particles or clusters in the name");
        else if (sa) classes.put(NKG.SingleAtomCatalyst, "single atom (SA, SAC or M1) in the name");
        else if (CatalystFinder.clusterAtStart(name)) {
            Matcher m = CatalystFinder.CLUSTER.matcher(name);
            m.lookingAt();
            classes.put(Integer.parseInt(m.group(1)) == 2 ? NKG.HomonuclearDualAtomCatalyst : NKG.SubNanometreClusterCatalyst,
                    "metal atom count " + m.group() + " in the name");
        }
        return classes;
    }

    /** The class words of a title or sentence name, refined by the metals in the catalyst's name. */
    static Resource fromWords(String words, String name) {
        String w = words.toLowerCase();
        if (w.contains("metal-free")) return null;
        boolean single = w.matches("(?s).*\\b(single-atom|single atoms?|isolated \\w+ atoms|single-atomic)\\b.*");
        boolean dispersed = w.matches("(?s).*\\batomically dispersed\\b.*");
        if (w.matches("(?s).*\\b(single-atom alloys?|single-atom \\w+ alloyed)\\b.*")) return NKG.SingleAtomAlloy;
        if (w.matches("(?s).*\\b(dual-atom|diatomic|dual-single-atom|dual single-atomic|dual single-atom|dual-atomic)\\b.*")) {
            return METAL.matcher(name).results().map(r -> r.group()).distinct().count() > 1
                    ? NKG.HeteronuclearDualAtomCatalyst : NKG.DualAtomCatalyst;
        }
        boolean cluster = w.matches("(?s).*\\bclusters?\\b.*");
        boolean particle = w.matches("(?s).*\\bnanoparticles?\\b.*");
        if ((single || dispersed) && (cluster || particle)) return NKG.SingleAtomParticleHybrid;
        if (single) return NKG.SingleAtomCatalyst;
        if (cluster) return NKG.SubNanometreClusterCatalyst;
        return dispersed ? NKG.AtomicallyDispersedCatalyst : null;
    }

    private static long metalsBefore(String name, Pattern marker) {
        Matcher m = marker.matcher(name);
        String head = m.find() ? name.substring(0, m.start()) : name;
        return METAL.matcher(head).results().map(r -> r.group()).distinct().count();
    }

    private static List<String> titles(Model graph, Resource catalyst) {
        List<String> titles = new java.util.ArrayList<>();
        List<RDFNode> refs = new java.util.ArrayList<>(graph.listObjectsOfProperty(catalyst, NKG.reportedIn).toList());
        graph.listSubjectsWithProperty(NKG.reportsCatalyst, catalyst).forEachRemaining(row ->
                refs.addAll(graph.listObjectsOfProperty(row, graph.createProperty("http://purl.org/spar/cito/cites")).toList()));
        for (RDFNode ref : refs) {
            if (ref.isResource() && ref.asResource().hasProperty(DCTerms.title)) {
                String t = ref.asResource().getProperty(DCTerms.title).getString();
                if (!titles.contains(t)) titles.add(t);
            }
        }
        return titles;
    }

    private void record(Resource catalyst, Resource cls, String basis, String text) {
        String id = ClaimWriter.slug(cls.getLocalName() + "-" + basis);
        Resource assignment = catalyst.getModel().createResource(catalyst.getURI() + "/class/" + id)
                .addProperty(RDF.type, NKG.ClassAssignment)
                .addProperty(NKG.assignedClass, cls)
                .addProperty(NKG.assignmentBasis, basis)
                .addProperty(NKG.basisText, text);
        ctx.writer.typeWithSuperclasses(catalyst, cls);
        catalyst.addProperty(NKG.classAssignment, assignment);
    }
}
