package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;
import org.nitratekg.ontology.NkgOntology;

/**
 * The last stage of the loader: reads the paragraphs and captions of each review in a converted graph and adds,
 * in place, the mentions, site motifs, catalyst classes and claims they state, each claim with its provenance.
 */
public final class ProseExtractor {
    private final Model ontology;
    private final Lexicon lexicon;
    private final List<ClassStrategyClaims.ClassLabel> classLabels;
    private final org.nitratekg.loader.classify.CatalystClassifier classifier;

    public ProseExtractor() {
        this(NkgOntology.ontology());
    }

    ProseExtractor(Model ontology) {
        this.ontology = ontology;
        this.lexicon = new Lexicon(ontology);
        this.classLabels = ClassStrategyClaims.labels(ontology);
        this.classifier = new org.nitratekg.loader.classify.CatalystClassifier(ontology);
    }

    /**
     * One extractor for the shipped ontology, built once: reading the ontology and compiling its lexicon costs more
     * than extracting a review. It only reads its ontology, so threads may share it.
     */
    public static ProseExtractor shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final ProseExtractor INSTANCE = new ProseExtractor();
    }

    public void extract(Model reviewGraph) {
        for (Resource review : reviewGraph.listResourcesWithProperty(RDF.type, NKG.Review).toList()) {
            extract(reviewGraph, review);
        }
        classifier.classify(reviewGraph);
    }

    private void extract(Model graph, Resource review) {
        ClaimWriter writer = new ClaimWriter(graph, ontology, review);
        // the catalysts the review's tables report: a name met only in the prose is found again by its shape, so a
        // second extraction over the same graph reads the same names as the first
        Set<String> known = new TreeSet<>();
        graph.listResourcesWithProperty(RDF.type, NKG.TableRow).forEachRemaining(row -> {
            Resource c = row.getPropertyResourceValue(NKG.reportsCatalyst);
            Resource table = row.getPropertyResourceValue(NKG.inTable);
            if (c != null && c.hasProperty(NKG.printedName) && table != null && table.hasProperty(NKG.partOfReview, review)) {
                known.add(c.getProperty(NKG.printedName).getString());
            }
        });
        Context ctx = new Context(lexicon.withCache(), writer, known);
        List<Passage> passages = passages(graph, review, ctx.recognizer);
        Mentions mentions = new Mentions(ctx);
        List<ClaimReader> readers = List.of(
                new ScalingClaimReader(ctx),
                new EvidenceReader(ctx),
                new RateDeterminingStepReader(ctx),
                new CoordinationReader(ctx),
                new ProsePerformanceReader(ctx),
                new ScreeningReader(ctx));
        SiteRoleClaims roles = new SiteRoleClaims(ctx);
        PathwaySequenceClaims sequences = new PathwaySequenceClaims(ctx);
        ClassStrategyClaims classStrategies = new ClassStrategyClaims(ctx, classLabels);
        for (Passage p : passages) {
            mentions.extract(p);
            for (Sentence s : p.sentences) {
                for (ClaimReader reader : readers) reader.read(p, s);
            }
            roles.extract(p);
            sequences.extract(p);
            classStrategies.extract(p);
        }
        for (ClaimReader reader : readers) reader.finish();
        EvidenceLinks.link(writer, passages);
        // table catalysts whose names hold a motif (CoN4–SACs/CNT); after the text, so motifs keep the text's spelling
        for (String name : known) {
            mentions.linkMotifs(writer.catalyst(name), name);
        }
    }

    private static boolean cutMidSentence(Resource part, CharSequence text, Resource next) {
        String t = text.toString().strip();
        return part.hasProperty(RDF.type, NKG.Paragraph) && next.hasProperty(RDF.type, NKG.Paragraph)
                && java.util.Objects.equals(part.getPropertyResourceValue(NKG.inSection), next.getPropertyResourceValue(NKG.inSection))
                && !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1));
    }

    private static List<Passage> passages(Model graph, Resource review, CatalystRecognizer recognizer) {
        List<Resource> parts = new ArrayList<>();
        for (Resource kind : List.of(NKG.Paragraph, NKG.FigureCaption)) {
            graph.listResourcesWithProperty(RDF.type, kind).forEachRemaining(r -> {
                if (r.hasProperty(NKG.partOfReview, review) && r.hasProperty(NKG.text)) parts.add(r);
            });
        }
        parts.sort(Comparator.comparing((Resource r) -> r.hasProperty(NKG.sourceLine) ? r.getProperty(NKG.sourceLine).getInt() : 0)
                .thenComparing(Resource::getURI));
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Resource part = parts.get(i);
            String uri = part.getURI();
            String local = uri.startsWith(review.getURI() + "/") ? uri.substring(review.getURI().length() + 1) : part.getLocalName();
            Resource section = part.getPropertyResourceValue(NKG.inSection);
            String number = section != null && section.hasProperty(NKG.sectionNumber) ? section.getProperty(NKG.sectionNumber).getString() : null;
            List<Resource> joined = new ArrayList<>(List.of(part));
            StringBuilder text = new StringBuilder(part.getProperty(NKG.text).getString());
            // a paragraph the converter cut in mid-sentence (a blank line before "0.5% of the Cu …") goes on in the next one
            while (i + 1 < parts.size() && cutMidSentence(part, text, parts.get(i + 1))) {
                Resource next = parts.get(++i);
                joined.add(next);
                text.append(' ').append(next.getProperty(NKG.text).getString());
            }
            passages.add(new Passage(joined, local.replace('/', '-'), PlainText.of(text.toString()), number,
                    part.hasProperty(RDF.type, NKG.FigureCaption), recognizer));
        }
        return passages;
    }
}
