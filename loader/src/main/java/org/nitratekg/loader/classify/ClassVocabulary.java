package org.nitratekg.loader.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.ontology.NKG;

/**
 * The wording that tells a catalyst's class. Its core is the ontology: every label and alternative label of the
 * catalyst class terms (with and without the head noun "catalyst", and acronyms such as SAC, DAC or SAA matched
 * case-sensitively). Around it sit the generic words reviews use for the same things without naming the class
 * ("single atoms", "atomically dispersed", "clusters", "nanoparticles", "phthalocyanine"), which are not labels of
 * any term. A label whose remainder without "catalyst" would be one common word ("molecular", "framework") is only
 * matched with its head noun, so "a unifying framework" is not read as a framework catalyst.
 */
final class ClassVocabulary {
    private static final String SEP = "[\\s\\-–—]+";
    /** A word naming a metal or metals in general ("Fe", "iron", "metal", "neighbouring"), before "atoms". */
    private static final String METAL_WORD = "metal|neighbou?ring|adjacent|(?-i:" + Metals.SYMBOL + ")|" + Metals.NAME_WORDS;
    private static final Map<Resource, CueKind> CLASS_TERMS = new LinkedHashMap<>();

    static {
        CLASS_TERMS.put(NKG.SingleAtomAlloy, CueKind.SINGLE_ATOM_ALLOY);
        CLASS_TERMS.put(NKG.SingleAtomParticleHybrid, CueKind.HYBRID);
        CLASS_TERMS.put(NKG.HomonuclearDualAtomCatalyst, CueKind.HOMONUCLEAR);
        CLASS_TERMS.put(NKG.HeteronuclearDualAtomCatalyst, CueKind.HETERONUCLEAR);
        CLASS_TERMS.put(NKG.DualAtomCatalyst, CueKind.DUAL_ATOM);
        CLASS_TERMS.put(NKG.SubNanometreClusterCatalyst, CueKind.CLUSTER);
        CLASS_TERMS.put(NKG.SingleAtomCatalyst, CueKind.SINGLE_ATOM);
        CLASS_TERMS.put(NKG.AtomicallyDispersedCatalyst, CueKind.ATOMIC);
        CLASS_TERMS.put(NKG.MolecularOrFrameworkCatalyst, CueKind.MOLECULAR);
        CLASS_TERMS.put(NKG.MolecularCatalyst, CueKind.MOLECULAR);
        CLASS_TERMS.put(NKG.FrameworkCatalyst, CueKind.MOLECULAR);
        CLASS_TERMS.put(NKG.NanocrystallineCatalyst, CueKind.NANOCRYSTAL);
    }

    /** Generic wording, by kind; case-insensitive unless the pattern says otherwise. */
    private static final Map<CueKind, List<String>> GENERIC_WORDING = Map.ofEntries(
            Map.entry(CueKind.SINGLE_ATOM_ALLOY, List.of(
                    "single" + SEP + "atom(?:ic)?(?:\\s+[\\w–-]+){0,2}\\s+alloy(?:s|ed)?", "(?-i:(?<![A-Z])I?SAAs?(?![A-Za-z]))")),
            Map.entry(CueKind.HYBRID, List.of("hybrids?")),
            Map.entry(CueKind.DUAL_ATOM, List.of("dual" + SEP + "(?:single" + SEP + ")?atom(?:s|ic)?", "diatomic",
                    "di-?nuclear", "bi-?nuclear", "(?:atom(?:ic)?|metal)" + SEP + "pairs?",
                    "pairs?\\s+of\\s+(?:(?:" + METAL_WORD + "|and|bright)\\s+){0,3}(?:atoms|spots)",
                    "(?-i:" + Metals.SYMBOL + ")\\s*[–-]\\s*(?-i:" + Metals.SYMBOL + ")\\s+pairs?",
                    "paired\\s+(?:metal\\s+)?(?:sites|atoms)", "two\\s+(?:(?:" + METAL_WORD + ")\\s+){0,2}atoms")),
            Map.entry(CueKind.DUAL_SITES, List.of("dual\\b(?:(?!atom)[\\w\\s–-]){0,30}?\\b(?:sites|pairs)")),
            Map.entry(CueKind.HOMONUCLEAR, List.of("homo-?nuclear")),
            Map.entry(CueKind.HETERONUCLEAR, List.of("hetero-?nuclear", "hetero-?metallic")),
            Map.entry(CueKind.CLUSTER, List.of("(?:nano)?clusters?", "(?:tri|tetra|penta|hexa)mers?")),
            Map.entry(CueKind.SINGLE_ATOM, List.of("single" + SEP + "(?:metal" + SEP + ")?atom(?:s|ic)?",
                    "isolated\\s+(?:[\\w–-]+\\s+){0,2}atoms?", "isolated\\s+(?:[\\w–-]+\\s+){0,2}(?-i:" + Metals.SYMBOL + ")",
                    "(?-i:(?<![A-Z])SAs(?![A-Za-z]))")),
            Map.entry(CueKind.ATOMIC, List.of("atomic(?:ally)?" + SEP + "dispersed", "atomic\\s+(?:[\\w–-]+\\s+)?sites?",
                    "no\\s+(?-i:(" + Metals.SYMBOL + "))\\s*[–-]\\s*(?-i:\\1)(?![a-z])")),
            Map.entry(CueKind.PARTICLE, List.of("(?:nano)?particles?", "(?-i:(?<![A-Z])NPs?(?![A-Za-z]))")),
            Map.entry(CueKind.MOLECULAR, List.of("phthalocyanines?", "porphyrins?", "macrocycl(?:e|es|ic)",
                    "coordination\\s+polymers?", "molecular\\s+(?:solids?|complex(?:es)?)")),
            Map.entry(CueKind.NANOCRYSTAL, List.of("nano-?crystal(?:s|line)?",
                    "nano(?:cubes?|wires?|rods?|sheets?|plates?|belts?|ribbons?|dendrites?|flowers?|frames?|prisms?|octahedra)",
                    "alloy(?:s|ed|ing)?", "bimetallics?", "intermetallics?", "high" + SEP + "entropy", "facets?")),
            Map.entry(CueKind.SUPPORT_MATERIAL, List.of("(?:sub)?oxides?", "spinels?", "perovskites?",
                    "layered\\s+double\\s+hydroxides?", "vacanc(?:y|ies)")),
            Map.entry(CueKind.METAL_FREE, List.of("metal" + SEP + "free")));

    private final List<Wording> wordings;
    private final Map<String, String> acronyms;

    private record Wording(CueKind kind, Pattern pattern) {}

    private ClassVocabulary(List<Wording> wordings, Map<String, String> acronyms) {
        this.wordings = wordings;
        this.acronyms = acronyms;
    }

    /** The vocabulary of the given ontology's class labels together with the generic wording. */
    static ClassVocabulary of(Model ontology) {
        List<Wording> wordings = new ArrayList<>();
        Map<String, String> acronyms = new LinkedHashMap<>();
        CLASS_TERMS.forEach((term, kind) -> {
            Resource t = ontology.getResource(term.getURI());
            String prefLabel = t.hasProperty(RDFS.label) ? t.getProperty(RDFS.label).getString() : null;
            List<String> labels = new ArrayList<>();
            for (var p : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
                t.listProperties(p).forEachRemaining(s -> labels.add(s.getObject().asLiteral().getString()));
            }
            for (String label : labels) {
                if (label.matches("[A-Z]{2,5}")) {
                    acronyms.putIfAbsent(label, prefLabel != null ? prefLabel : label);
                }
                wordings.addAll(patternsOf(label).stream().map(p -> new Wording(kind, p)).toList());
            }
        });
        GENERIC_WORDING.forEach((kind, patterns) -> patterns.forEach(p -> wordings.add(
                new Wording(kind, Pattern.compile("(?i)(?<![A-Za-z])(?:" + p + ")(?![A-Za-z])")))));
        return new ClassVocabulary(List.copyOf(wordings), Map.copyOf(acronyms));
    }

    /**
     * The cues of a text, longest first where two overlap (so "single-atom alloy" is not also "single-atom"), in
     * text order, without the atoms a "metal-free" in front of them rules out.
     */
    List<Cue> cues(String text) {
        List<Cue> all = new ArrayList<>();
        for (Wording w : wordings) {
            Matcher m = w.pattern.matcher(text);
            while (m.find()) {
                all.add(new Cue(w.kind, m.start(), m.end(), m.group()));
            }
        }
        all.sort(Comparator.comparingInt(Cue::length).reversed().thenComparing(Cue::kind));
        List<Cue> kept = new ArrayList<>();
        for (Cue c : all) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Cue::start));
        List<Cue> out = new ArrayList<>();
        for (Cue c : kept) {
            boolean negated = kept.stream().anyMatch(n -> n.kind() == CueKind.METAL_FREE && n.end() <= c.start()
                    && c.start() - n.end() <= 2);
            if (c.kind() != CueKind.METAL_FREE && !negated) {
                out.add(c);
            }
        }
        return out;
    }

    /** The class label an acronym of the ontology stands for ("SAC" → "single-atom catalyst"). */
    Optional<String> expansion(String acronym) {
        String bare = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
        return Optional.ofNullable(acronyms.get(bare));
    }

    /** A label as patterns: an acronym as a case-sensitive token, words with free separators and a plural. */
    private static List<Pattern> patternsOf(String label) {
        if (label.matches("[A-Z]{2,5}")) {
            return List.of(Pattern.compile("(?<![A-Z])" + label + "s?(?![A-Za-z])"));
        }
        String[] words = label.toLowerCase(Locale.ROOT).strip().split(SEP);
        List<Pattern> patterns = new ArrayList<>();
        int last = words.length - 1;
        if (words[last].equals("catalyst")) {
            String head = phrase(words, last) + "(?:\\s+[\\w–-]+)?\\s+(?:electro)?catalysts?";
            patterns.add(Pattern.compile("(?i)(?<![A-Za-z])" + head + "(?![A-Za-z])"));
            boolean oneCommonWord = last == 1 && !words[0].contains("-");
            if (last > 0 && !oneCommonWord) {
                patterns.add(Pattern.compile("(?i)(?<![A-Za-z])" + phrase(words, last) + "(?:s|es)?(?![A-Za-z])"));
            }
        } else {
            patterns.add(Pattern.compile("(?i)(?<![A-Za-z])" + phrase(words, words.length) + "(?:s|es)?(?![A-Za-z])"));
        }
        return patterns;
    }

    private static String phrase(String[] words, int count) {
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            quoted.add(Pattern.quote(words[i]).replace("-", "\\E" + SEP + "\\Q"));
        }
        return String.join(SEP, quoted);
    }
}
