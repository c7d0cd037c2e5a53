package org.nitratekg.loader.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a catalyst's printed name says about its class, read from the shape of the name: descriptors (SAC, SA, DAC,
 * SAA, NP, NWs…, explained by the table's own abbreviation note where it has one), atom counts written as
 * subscripts ({@code Au1}, {@code Os2}, {@code Os4}), a single-atom metal written straight before its host
 * ({@code Rh1Cu}), a phthalocyanine ({@code CoPc}), a second phase of the single-atom metal beside it
 * ({@code Co1–Co3C}), and the coordination site of one metal ({@code Zr–N3O1}).
 */
final class NameShape {
    /** One thing the name says: the kind of site, the part of the name that says it, and what it means. */
    record NameCue(CueKind kind, String token, String meaning) {
        String reason() {
            return token.equals(meaning) ? "'" + token + "'" : token + " = " + meaning;
        }
    }

    private static final String M = Metals.SYMBOL;
    private static final Pattern SINGLE_ATOM_TOKEN = Pattern.compile("(?<![A-Z])SAs?(?![A-Za-z])");
    private static final Pattern PARTICLE_TOKEN = Pattern.compile("(?<![A-Z])NPs?(?![A-Za-z])");
    private static final Pattern DUAL_SINGLE_ATOMS = Pattern.compile("(?<![A-Z])DSAs?(?![A-Za-z])");
    /** One atom each of two metals written together ({@code Fe1Co1}): a pair, not an alloy. */
    private static final Pattern ONE_EACH = Pattern.compile("(?<![A-Za-z0-9])(" + M + ")1(" + M + ")1(?![\\d.,%])");
    private static final Pattern INTERMETALLIC_SAA = Pattern.compile("(?<![A-Za-z])ISAAs?(?![A-Za-z])");
    private static final Pattern PHTHALOCYANINE = Pattern.compile("(?<![A-Z])Pc(?![a-z])");
    /** A metal with subscript 1 and no digit after: one atom ({@code Au1/MoO3}), or alloyed in a host ({@code Pt1Cu}). */
    private static final Pattern ONE_ATOM =
            Pattern.compile("(?<![A-Za-z0-9])(" + M + ")1(?![\\d.,%])(?!" + M + "\\d)(" + M + "(?![a-wyz]))?");
    /** A metal with an atom count standing alone ({@code Os2–N6}, {@code Os4/NC}, {@code Ag4(L)4}), not a formula. */
    private static final Pattern ATOM_COUNT = Pattern.compile("(?<![A-Za-z0-9])(" + M + ")([2-9]|[1-9]\\d)(?![\\d.,%A-Za-z])");
    private static final Pattern SITE_MOTIF = Pattern.compile("(" + M + ")\\s*[–-]?\\s*N(?:\\d|\\s*[–-]\\s*C(?![a-z]))");
    private static final Pattern MORPHOLOGY =
            Pattern.compile("(?<![A-Za-z])(NCs|NWs|NRs|NSs|NTs|NPLs|HEAs?)(?![A-Za-z])|(?<=\\s)(NW|NR|NS)(?=\\s|$)");
    private static final Map<String, String> MORPHOLOGY_MEANING = Map.ofEntries(Map.entry("NCs", "nanocrystals"),
            Map.entry("NWs", "nanowires"), Map.entry("NRs", "nanorods"), Map.entry("NSs", "nanosheets"),
            Map.entry("NTs", "nanotubes"), Map.entry("NPLs", "nanoplates"), Map.entry("HEA", "high-entropy alloy"),
            Map.entry("HEAs", "high-entropy alloy"), Map.entry("NW", "nanowires"), Map.entry("NR", "nanorods"),
            Map.entry("NS", "nanosheets"));
    private static final Pattern PARTS = Pattern.compile("[/@&\\s–\\-()]+");
    /** An oxide, hydroxide or chalcogenide part of a name: a support, never one of the paired metal atoms. */
    private static final Pattern SUPPORT_COMPOUND = Pattern.compile(".*(?:O|S|Se|Te|OH)(?:\\d|x|$).*|.*(?:LDH|MXene|Mxene).*");

    private final ClassVocabulary vocabulary;
    private final Map<String, String> glossary;

    /** @param glossary the abbreviations the table's note explains ("NWs" → "nanowires"), possibly none */
    NameShape(ClassVocabulary vocabulary, Map<String, String> glossary) {
        this.vocabulary = vocabulary;
        this.glossary = glossary;
    }

    /** Everything the name says, in the order above. */
    List<NameCue> cues(String name) {
        List<NameCue> cues = new ArrayList<>();
        Set<String> explained = new LinkedHashSet<>();
        for (String token : name.split("\\s+")) {
            List<String> candidates = new ArrayList<>(List.of(token));
            candidates.addAll(List.of(PARTS.split(token)));
            for (String t : candidates) {
                String meaning = glossary.get(t);
                if (meaning != null && explained.stream().noneMatch(e -> e.contains(t))) {
                    explained.add(t);
                    vocabulary.cues(meaning).forEach(c -> cues.add(new NameCue(c.kind(), t, meaning + " (table note)")));
                }
            }
        }
        add(cues, explained, SINGLE_ATOM_TOKEN, name, CueKind.SINGLE_ATOM, m -> "single atoms");
        add(cues, explained, PARTICLE_TOKEN, name, CueKind.PARTICLE, m -> "nanoparticles");
        add(cues, explained, DUAL_SINGLE_ATOMS, name, CueKind.DUAL_ATOM, m -> "dual single atoms");
        add(cues, explained, ONE_EACH, name, CueKind.DUAL_ATOM, m -> "one " + m.group(1) + " and one " + m.group(2) + " atom");
        add(cues, explained, INTERMETALLIC_SAA, name, CueKind.SINGLE_ATOM_ALLOY, m -> "intermetallic single-atom alloy");
        add(cues, explained, MORPHOLOGY, name, CueKind.NANOCRYSTAL, m -> MORPHOLOGY_MEANING.get(m.group()));
        add(cues, explained, PHTHALOCYANINE, name, CueKind.MOLECULAR, m -> "phthalocyanine");
        for (Cue c : vocabulary.cues(name)) {
            boolean known = explained.stream().anyMatch(e -> e.contains(c.text()))
                    || cues.stream().anyMatch(k -> k.token().equals(c.text()) && k.kind() == c.kind());
            if (!known) {
                cues.add(new NameCue(c.kind(), c.text(), vocabulary.expansion(c.text()).orElse(c.text())));
            }
        }
        Matcher one = ONE_ATOM.matcher(name);
        while (one.find()) {
            cues.add(one.group(2) != null
                    ? new NameCue(CueKind.SINGLE_ATOM_ALLOY, one.group(), "single " + one.group(1) + " atoms in " + one.group(2))
                    : new NameCue(CueKind.SINGLE_ATOM, one.group(), "single " + one.group(1) + " atoms"));
        }
        Matcher count = ATOM_COUNT.matcher(name);
        while (count.find()) {
            // "Cu3(HHTP)2": a metal count before a linker abbreviation in brackets is a framework formula; "Os4(bpy)2" stays a cluster
            if (name.substring(count.end()).matches("\\([A-Z]{3,}\\).*")) continue;
            int n = Integer.parseInt(count.group(2));
            if (n == 2) {
                cues.add(new NameCue(CueKind.HOMONUCLEAR, count.group(), "two " + count.group(1) + " atoms"));
            } else {
                cues.add(new NameCue(CueKind.CLUSTER, count.group(), "clusters of " + n + " " + count.group(1) + " atoms"));
            }
        }
        secondPhaseOfTheSingleAtomMetal(name, cues).ifPresent(cues::add);
        Matcher motif = SITE_MOTIF.matcher(name);
        if (motif.find()) {
            cues.add(new NameCue(CueKind.SITE_MOTIF, motif.group(), "a coordination site of one " + motif.group(1) + " atom"));
        }
        return cues;
    }

    /** The metals that may form the active site: those of the name's parts that are not an oxide or similar support. */
    static Set<String> siteMetals(String name) {
        Set<String> metals = new LinkedHashSet<>();
        for (String part : PARTS.split(name)) {
            if (!SUPPORT_COMPOUND.matcher(part).matches()) {
                metals.addAll(Metals.inFormula(part.replaceAll("(?<![A-Z])(?:SAs?|SACs?|D?S?ACs?|D?SAs?|I?SAA|NPs?|NCs|NWs?|NRs?|NSs?|NTs|NPLs|HEAs?)(?![a-z])", " ")));
            }
        }
        return metals;
    }

    /**
     * {@code Co1–Co3C}, {@code CoSAC/CoP}, {@code CoSA-CoNP}: another part of the name holds the single-atom metal in a
     * phase that is not an oxide support (a carbide, phosphide, nitride, the bare metal), so particles sit beside the
     * single atoms.
     */
    private static Optional<NameCue> secondPhaseOfTheSingleAtomMetal(String name, List<NameCue> cues) {
        for (String part : PARTS.split(name)) {
            Matcher one = ONE_ATOM.matcher(part);
            Matcher token = Pattern.compile("^(" + M + ")(?:SAs?|SACs?)$").matcher(part);
            String metal = one.matches() && one.group(2) == null ? one.group(1) : token.matches() ? token.group(1) : null;
            if (metal == null) {
                continue;
            }
            for (String other : PARTS.split(name)) {
                // an oxide of the same metal joined by a dash ("Mo1–MoO2") is a second phase; after a slash it is a support
                boolean joined = name.replace('–', '-').contains(part + "-" + other);
                if (!other.equals(part) && Metals.inFormula(other).contains(metal) && (!SUPPORT_COMPOUND.matcher(other).matches() || joined)
                        && !ONE_ATOM.matcher(other).matches()) {
                    String meaning = PARTICLE_TOKEN.matcher(other).find() ? "nanoparticles" : "a second " + metal + " phase";
                    return Optional.of(new NameCue(CueKind.PARTICLE, other, meaning + " beside the single " + metal + " atoms"));
                }
            }
        }
        return Optional.empty();
    }

    private static void add(List<NameCue> cues, Set<String> explained, Pattern p, String name, CueKind kind,
                            java.util.function.Function<Matcher, String> meaning) {
        Matcher m = p.matcher(name);
        while (m.find()) {
            String token = m.group();
            boolean known = explained.stream().anyMatch(e -> e.contains(token))
                    || cues.stream().anyMatch(c -> c.token().equals(token) && c.kind() == kind);
            if (!known) {
                cues.add(new NameCue(kind, token, meaning.apply(m)));
            }
        }
    }
}
