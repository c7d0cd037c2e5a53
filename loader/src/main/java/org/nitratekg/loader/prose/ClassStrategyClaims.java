package org.nitratekg.loader.prose;

import org.nitratekg.loader.prose.language.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.ontology.NKG;

/**
 * Which design strategies the review assigns to a class of catalysts: a sentence naming a catalyst class (by the
 * ontology's class labels) and then, after "through", "via" or "by", two or more strategies.
 */
final class ClassStrategyClaims {
    private static final Pattern MEANS = Pattern.compile("\\b(?:through|via|by means of|by)\\b");

    record ClassLabel(Resource cls, Pattern pattern, LiteralPrefix prefix) {}

    private final Context ctx;
    private final List<ClassLabel> labels;

    ClassStrategyClaims(Context ctx, List<ClassLabel> labels) {
        this.ctx = ctx;
        this.labels = labels;
    }

    /** The catalyst class labels of several words ("single-atom alloy"), compiled once per ontology. */
    static List<ClassLabel> labels(Model ontology) {
        List<ClassLabel> labels = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDFS.subClassOf).forEachRemaining(c -> {
            if (!c.isURIResource() || !c.getURI().startsWith(NKG.NS) || !isCatalystClass(ontology, c)) return;
            for (var p : List.of(RDFS.label, SKOS.altLabel)) {
                for (RDFNode l : ontology.listObjectsOfProperty(c, p).toList()) {
                    String label = l.asLiteral().getString();
                    if (label.contains(" ")) labels.add(new ClassLabel(c, Lexicon.compile(label), Lexicon.prefix(label)));
                }
            }
        });
        return List.copyOf(labels);
    }

    private static boolean isCatalystClass(Model ontology, Resource c) {
        for (Resource r = c; r != null; r = r.getPropertyResourceValue(RDFS.subClassOf)) {
            if (r.equals(NKG.Catalyst)) return true;
            if (!ontology.contains(r, RDFS.subClassOf)) return false;
        }
        return false;
    }

    void extract(Passage p) {
        for (Sentence s : p.sentences) {
            if (!namesMeans(s.text())) continue;
            for (ClassLabel cl : labels) {
                if (!cl.prefix().in(s.text())) continue;
                Matcher m = cl.pattern().matcher(s.text());
                if (!m.find()) continue;
                String rest = s.text().substring(m.end());
                Matcher means = MEANS.matcher(rest);
                if (!means.find()) continue;
                String clause = rest.substring(means.end()).split("[;.]|, (?:thereby|while|whereas)\\b")[0];
                List<Resource> strategies = ctx.lexicon.terms(clause, NKG.DesignStrategy);
                if (strategies.size() < 2) continue;
                Resource claim = ctx.writer.claim(p, s, NKG.StrategyClaim, ctx.cues.forClaim(p, s));
                claim.addProperty(NKG.claimSubject, ctx.writer.term(cl.cls()));
                for (Resource st : strategies) claim.addProperty(NKG.viaStrategy, ctx.writer.term(st));
            }
        }
    }

    /**
     * Whether {@link #MEANS} matches in the sentence: it must match after a class label to make a claim, and a
     * match there is one here too (a label ends before a non-letter, so the word boundary is the same).
     */
    private static boolean namesMeans(String sentence) {
        // every alternative of MEANS holds "through", "via" or "by": looked up by indexOf before the pattern scans
        return (sentence.contains("by") || sentence.contains("via") || sentence.contains("through"))
                && MEANS.matcher(sentence).find();
    }
}
