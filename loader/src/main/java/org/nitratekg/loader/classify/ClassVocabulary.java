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

    /**
     * Generic wording, by kind; case-insensitive unless the pattern says otherwise. Each pattern comes with a word
     * that every match contains, outside any optional or repeated part ({@link Generic#guard}).
     */
    private static final Map<CueKind, List<Generic>> GENERIC_WORDING = Map.ofEntries(
            Map.entry(CueKind.SINGLE_ATOM_ALLOY, List.of(
                    g("single" + SEP + "atom(?:ic)?(?:\\s+[\\w–-]+){0,2}\\s+alloy(?:s|ed)?", "alloy"),
                    g("(?-i:(?<![A-Z])I?SAAs?(?![A-Za-z]))", "saa"))),
            Map.entry(CueKind.HYBRID, List.of(g("hybrids?", "hybrid"))),
            Map.entry(CueKind.DUAL_ATOM, List.of(g("dual" + SEP + "(?:single" + SEP + ")?atom(?:s|ic)?", "dual"),
                    g("diatomic", "diatomic"), g("di-?nuclear", "nuclear"), g("bi-?nuclear", "nuclear"),
                    g("(?:atom(?:ic)?|metal)" + SEP + "pairs?", "pair"),
                    g("pairs?\\s+of\\s+(?:(?:" + METAL_WORD + "|and|bright)\\s+){0,3}(?:atoms|spots)", "pair"),
                    g("(?-i:" + Metals.SYMBOL + ")\\s*[–-]\\s*(?-i:" + Metals.SYMBOL + ")\\s+pairs?", "pair"),
                    g("paired\\s+(?:metal\\s+)?(?:sites|atoms)", "paired"),
                    g("two\\s+(?:(?:" + METAL_WORD + ")\\s+){0,2}atoms", "atoms"))),
            Map.entry(CueKind.DUAL_SITES, List.of(g("dual\\b(?:(?!atom)[\\w\\s–-]){0,30}?\\b(?:sites|pairs)", "dual"))),
            Map.entry(CueKind.HOMONUCLEAR, List.of(g("homo-?nuclear", "nuclear"))),
            Map.entry(CueKind.HETERONUCLEAR, List.of(g("hetero-?nuclear", "nuclear"), g("hetero-?metallic", "metallic"))),
            Map.entry(CueKind.CLUSTER, List.of(g("(?:nano)?clusters?", "cluster"), g("(?:tri|tetra|penta|hexa)mers?", "mer"))),
            Map.entry(CueKind.SINGLE_ATOM, List.of(g("single" + SEP + "(?:metal" + SEP + ")?atom(?:s|ic)?", "single"),
                    g("isolated\\s+(?:[\\w–-]+\\s+){0,2}atoms?", "isolated"),
                    g("isolated\\s+(?:[\\w–-]+\\s+){0,2}(?-i:" + Metals.SYMBOL + ")", "isolated"),
                    g("(?-i:(?<![A-Z])SAs(?![A-Za-z]))", "sas"))),
            Map.entry(CueKind.ATOMIC, List.of(g("atomic(?:ally)?" + SEP + "dispersed", "dispersed"),
                    g("atomic\\s+(?:[\\w–-]+\\s+)?sites?", "atomic"),
                    g("no\\s+(?-i:(" + Metals.SYMBOL + "))\\s*[–-]\\s*(?-i:\\1)(?![a-z])", "no"))),
            Map.entry(CueKind.PARTICLE, List.of(g("(?:nano)?particles?", "particle"), g("(?-i:(?<![A-Z])NPs?(?![A-Za-z]))", "np"))),
            Map.entry(CueKind.MOLECULAR, List.of(g("phthalocyanines?", "phthalocyanine"), g("porphyrins?", "porphyrin"),
                    g("macrocycl(?:e|es|ic)", "macrocycl"), g("coordination\\s+polymers?", "polymer"),
                    g("molecular\\s+(?:solids?|complex(?:es)?)", "molecular"))),
            Map.entry(CueKind.NANOCRYSTAL, List.of(g("nano-?crystal(?:s|line)?", "crystal"),
                    g("nano(?:cubes?|wires?|rods?|sheets?|plates?|belts?|ribbons?|dendrites?|flowers?|frames?|prisms?|octahedra)", "nano"),
                    g("alloy(?:s|ed|ing)?", "alloy"), g("bimetallics?", "bimetallic"), g("intermetallics?", "intermetallic"),
                    g("high" + SEP + "entropy", "entropy"), g("facets?", "facet"))),
            Map.entry(CueKind.SUPPORT_MATERIAL, List.of(g("(?:sub)?oxides?", "oxide"), g("spinels?", "spinel"),
                    g("perovskites?", "perovskite"), g("layered\\s+double\\s+hydroxides?", "hydroxide"),
                    g("vacanc(?:y|ies)", "vacanc"))),
            Map.entry(CueKind.METAL_FREE, List.of(g("metal" + SEP + "free", "free"))));

    /**
     * A generic pattern and its guard: a lower-case word every match contains, so a text whose lower-case form
     * lacks it cannot match and is not scanned. The word is a literal of the pattern, matched case-insensitively or,
     * for acronyms, case-sensitively; either way the lower-cased text holds it wherever the pattern matches.
     */
    record Generic(String pattern, String guard) {}

    private static Generic g(String pattern, String guard) {
        return new Generic(pattern, guard);
    }

    private final List<Wording> wordings;
    private final Map<String, String> acronyms;

    /** A pattern of a kind, with a lower-case word every match contains (see {@link Generic}). */
    private record Wording(CueKind kind, Pattern pattern, String guard) {}

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
                wordings.addAll(patternsOf(label, kind));
            }
        });
        GENERIC_WORDING.forEach((kind, patterns) -> patterns.forEach(p -> wordings.add(new Wording(kind,
                Pattern.compile("(?i)(?<![A-Za-z])(?:" + p.pattern() + ")(?![A-Za-z])"), p.guard()))));
        return new ClassVocabulary(List.copyOf(wordings), Map.copyOf(acronyms));
    }

    /**
     * The cues of a text, longest first where two overlap (so "single-atom alloy" is not also "single-atom"), in
     * text order, without the atoms a "metal-free" in front of them rules out.
     */
    List<Cue> cues(String text) {
        List<Cue> all = new ArrayList<>();
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (Wording w : wordings) {
            if (!lowerCase.contains(w.guard)) {
                continue;
            }
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

    /**
     * A label as patterns: an acronym as a case-sensitive token, words with free separators and a plural. The
     * guard of each is its longest word before "catalyst" (lower case, as the pattern spells it), which every match
     * contains.
     */
    private static List<Wording> patternsOf(String label, CueKind kind) {
        if (label.matches("[A-Z]{2,5}")) {
            return List.of(new Wording(kind, Pattern.compile("(?<![A-Z])" + label + "s?(?![A-Za-z])"),
                    label.toLowerCase(Locale.ROOT)));
        }
        String[] words = label.toLowerCase(Locale.ROOT).strip().split(SEP);
        List<Wording> patterns = new ArrayList<>();
        int last = words.length - 1;
        if (words[last].equals("catalyst")) {
            String head = phrase(words, last) + "(?:\\s+[\\w–-]+)?\\s+(?:electro)?catalysts?";
            patterns.add(new Wording(kind, Pattern.compile("(?i)(?<![A-Za-z])" + head + "(?![A-Za-z])"),
                    last > 0 ? longest(words, last) : "catalyst"));
            boolean oneCommonWord = last == 1 && !words[0].contains("-");
            if (last > 0 && !oneCommonWord) {
                patterns.add(new Wording(kind, Pattern.compile("(?i)(?<![A-Za-z])" + phrase(words, last) + "(?:s|es)?(?![A-Za-z])"),
                        longest(words, last)));
            }
        } else {
            patterns.add(new Wording(kind, Pattern.compile("(?i)(?<![A-Za-z])" + phrase(words, words.length) + "(?:s|es)?(?![A-Za-z])"),
                    longest(words, words.length)));
        }
        return patterns;
    }

    /** The longest of the first {@code count} words. */
    private static String longest(String[] words, int count) {
        String longest = "";
        for (int i = 0; i < count; i++) {
            if (words[i].length() > longest.length()) {
                longest = words[i];
            }
        }
        return longest;
    }

    private static String phrase(String[] words, int count) {
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            quoted.add(Pattern.quote(words[i]).replace("-", "\\E" + SEP + "\\Q"));
        }
        return String.join(SEP, quoted);
    }
}
