package org.nitratekg.loader.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.classify.ClassFromWording.Verdict;
import org.nitratekg.loader.classify.NameShape.NameCue;
import org.nitratekg.loader.classify.ReviewGraph.Reference;
import org.nitratekg.loader.classify.ReviewGraph.TableCatalyst;
import org.nitratekg.loader.classify.TextIndex.Window;

/**
 * The order in which evidence is weighed for one table catalyst. Atomic and molecular evidence comes first,
 * strongest kind first: what the name's shape says (SAC, DAC, Au1, Os4, Pt1Cu, Pc…); the wording of the sentences
 * that name the catalyst and of the titles of the works its row cites; sentences that cite one of those works alone;
 * a morphology abbreviation in the name (NWs, NCs…), which settles nanocrystalline; the title of the section the
 * catalyst is discussed in; a lone site motif in the name ({@code Co–N4}). Only then is nanocrystalline wording
 * heard ("nanoparticles", "alloy"), then a section on nanocrystals, then a section on atomically dispersed sites
 * in general (read as single-atom), then words for oxides, spinels or vacancies, then an alloy or compound formula in
 * the name; nanocrystalline is also what is left when nothing at all is said.
 */
final class ClassRules {
    private static final Set<CueKind> MORPHOLOGY = EnumSet.of(CueKind.NANOCRYSTAL, CueKind.PARTICLE, CueKind.SUPPORT_MATERIAL);
    private static final Set<CueKind> WEAK_IN_NAME =
            EnumSet.of(CueKind.NANOCRYSTAL, CueKind.PARTICLE, CueKind.SUPPORT_MATERIAL, CueKind.SITE_MOTIF);
    private static final Pattern ALLOY_FORMULA = Pattern.compile("(?:" + Metals.SYMBOL + "(?:\\d+(?:\\.\\d+)?|x|y)){2,}");
    private static final Pattern BRIDGE = Pattern.compile(Metals.SYMBOL + "\\s*-\\s*[NOSPC]\\s*-\\s*" + Metals.SYMBOL + "(?![a-z])");
    private static final Pattern COMPOUND = Pattern.compile("(?:" + Metals.SYMBOL + "[\\dx.]*){2,}|" + Metals.SYMBOL
            + "[\\dx.]*(?:O|S|Se|Te|P|N|C|OH)(?![a-z])[\\d.x\\-δ]*|LDH|HEO|O_?v\\b|Ov\\b");

    private static final Pattern ADJECTIVE = Pattern.compile("(?i)(?:-atom|atomic|dispersed|nuclear|metallic)$");
    private static final Pattern NEXT_WORD = Pattern.compile(" [\\w–-]+");

    private final ClassVocabulary vocabulary;
    /** The cues of each text already read: the same window or title is heard once per pass and per catalyst. */
    private final Map<String, List<Cue>> cuesByText = new HashMap<>();
    private final TextIndex text;
    private final SectionTitles sections;

    ClassRules(ClassVocabulary vocabulary, TextIndex text, SectionTitles sections) {
        this.vocabulary = vocabulary;
        this.text = text;
        this.sections = sections;
    }

    Finding classify(TableCatalyst catalyst) {
        List<NameCue> nameCues = new NameShape(vocabulary, catalyst.glossary()).cues(catalyst.name());
        Set<String> siteMetals = NameShape.siteMetals(catalyst.name());
        List<Window> windows = text.windowsNaming(catalyst.name());
        Predicate<CatalystClass> fitsName = fitsName(catalyst.name());
        return fromName(nameCues, siteMetals, true)
                .or(() -> fromWording(windows, catalyst.references(), siteMetals, fitsName, Pass.ATOMIC))
                .or(() -> fromCitingSentences(catalyst.references(), siteMetals, fitsName))
                .or(() -> fromName(nameCues.stream().filter(c -> MORPHOLOGY.contains(c.kind())).toList(), siteMetals, false))
                .or(() -> sections.leafClass(windows, siteMetals, cls -> cls != CatalystClass.NANOCRYSTALLINE))
                .or(() -> fromName(nameCues.stream().filter(c -> c.kind() == CueKind.SITE_MOTIF).toList(), siteMetals, false))
                .or(() -> fromWording(windows, catalyst.references(), siteMetals, fitsName, Pass.NANOCRYSTALLINE))
                .or(() -> sections.leafClass(windows, siteMetals, cls -> cls == CatalystClass.NANOCRYSTALLINE))
                .or(() -> sections.atomicallyDispersed(windows))
                .or(() -> fromWording(windows, catalyst.references(), siteMetals, fitsName, Pass.SUPPORT_MATERIAL))
                .or(() -> fromComposition(catalyst.name()))
                .orElseGet(() -> Finding.of(CatalystClass.NANOCRYSTALLINE, "no atomic evidence",
                        "nothing in the name, the text or the section titles speaks of single atoms, atom pairs, "
                                + "clusters or a molecular site"));
    }

    /** Which verdicts of the text a pass hears. */
    private enum Pass {
        /** atomic and molecular classes */
        ATOMIC,
        /** nanocrystalline, from words that say it by themselves ("nanowires", "alloy") */
        NANOCRYSTALLINE,
        /** nanocrystalline from words for oxides, spinels or vacancies alone, which may be the support of atoms */
        SUPPORT_MATERIAL
    }

    /** A name written as an alloy composition ({@code Pd40Cu60}) cannot be a molecular or framework catalyst. */
    private static Predicate<CatalystClass> fitsName(String name) {
        String core = name.strip().split("\\s+")[0];
        return ALLOY_FORMULA.matcher(core).matches() ? cls -> cls != CatalystClass.MOLECULAR_OR_FRAMEWORK : cls -> true;
    }

    /** @param strongOnly whether a verdict resting only on morphology or a site motif is left for a later tier */
    private Optional<Finding> fromName(List<NameCue> cues, Set<String> siteMetals, boolean strongOnly) {
        Optional<Verdict<NameCue>> v = ClassFromWording.decide(cues, NameCue::kind, false,
                kinds -> Nuclearity.of(kinds, siteMetals, Set.of()).cls());
        if (v.isEmpty() || strongOnly && ClassFromWording.restsOnlyOn(v.get(), NameCue::kind, WEAK_IN_NAME)) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>(new LinkedHashSet<>(v.get().decisive().stream().map(NameCue::reason).toList()));
        if (v.get().cls().isDualAtom()) {
            Set<CueKind> kinds = EnumSet.noneOf(CueKind.class);
            cues.forEach(c -> kinds.add(c.kind()));
            String note = Nuclearity.of(kinds, siteMetals, Set.of()).note();
            if (!note.isEmpty()) {
                reasons.add(note);
            }
        }
        return Optional.of(Finding.of(v.get().cls(), "name pattern", "name: " + String.join("; ", reasons)));
    }

    /** One vote: a class from one sentence window or one title, where it was read and what it quotes. */
    private record Vote(CatalystClass cls, String reason, String basis, Resource part, Resource work) {}

    private Optional<Finding> fromWording(List<Window> windows, List<Reference> references, Set<String> siteMetals,
                                          Predicate<CatalystClass> fitsName, Pass pass) {
        List<Vote> votes = new ArrayList<>();
        for (Window w : windows) {
            textVerdict(w.text(), siteMetals, pass).filter(v -> fitsName.test(v.cls())).ifPresent(v -> votes.add(new Vote(v.cls(),
                    "described as '" + quote(w.text(), v.decisive()) + "' in " + w.part().where() + note(v, w.text(), siteMetals),
                    "sentence", w.part().resource(), null)));
        }
        for (Reference r : references) {
            String title = NameMatcher.fold(r.title());
            textVerdict(title, siteMetals, pass).filter(v -> fitsName.test(v.cls())).ifPresent(v -> votes.add(new Vote(v.cls(),
                    "title of ref " + r.number() + ": '" + quote(title, v.decisive()) + "'" + note(v, title, siteMetals),
                    "reference title", null, r.resource())));
        }
        return elect(votes);
    }

    private Optional<Finding> fromCitingSentences(List<Reference> references, Set<String> siteMetals,
                                                  Predicate<CatalystClass> fitsName) {
        List<Vote> votes = new ArrayList<>();
        for (Reference r : references) {
            for (TextIndex.Sentence s : text.citingOnly(r.number())) {
                textVerdict(s.text(), siteMetals, Pass.ATOMIC).filter(v -> fitsName.test(v.cls())).ifPresent(v -> votes.add(new Vote(
                        v.cls(), "sentence citing ref " + r.number() + " in " + s.part().where() + ": '"
                        + quote(s.text(), v.decisive()) + "'" + note(v, s.text(), siteMetals),
                        "citing sentence", s.part().resource(), r.resource())));
            }
        }
        return elect(votes);
    }

    /** The class with most votes wins, ties going to the more specific class; its first vote gives the reason. */
    private static Optional<Finding> elect(List<Vote> votes) {
        Map<CatalystClass, Integer> counts = new TreeMap<>();
        votes.forEach(v -> counts.merge(v.cls(), 1, Integer::sum));
        Optional<CatalystClass> best = counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<CatalystClass, Integer> e) -> e.getValue())
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey);
        return best.map(cls -> {
            List<Vote> agreeing = votes.stream().filter(v -> v.cls() == cls).toList();
            Vote first = agreeing.getFirst();
            return new Finding(cls, first.basis(), first.reason(),
                    agreeing.stream().map(Vote::part).filter(p -> p != null).distinct().toList(),
                    agreeing.stream().map(Vote::work).filter(w -> w != null).distinct().toList());
        });
    }

    /** The verdict of one text, if the pass hears it. */
    private Optional<Verdict<Cue>> textVerdict(String text, Set<String> siteMetals, Pass pass) {
        Optional<Verdict<Cue>> v = ClassFromWording.decide(cuesByText.computeIfAbsent(text, vocabulary::cues), Cue::kind, BRIDGE.matcher(text).find(),
                kinds -> Nuclearity.of(kinds, siteMetals, Metals.inText(text)).cls());
        return v.filter(x -> passOf(x) == pass);
    }

    private static Pass passOf(Verdict<Cue> v) {
        if (v.cls() != CatalystClass.NANOCRYSTALLINE) {
            return Pass.ATOMIC;
        }
        return ClassFromWording.restsOnlyOn(v, Cue::kind, EnumSet.of(CueKind.SUPPORT_MATERIAL)) ? Pass.SUPPORT_MATERIAL
                : Pass.NANOCRYSTALLINE;
    }

    private static String note(Verdict<Cue> v, String text, Set<String> siteMetals) {
        if (!v.cls().isDualAtom()) {
            return "";
        }
        Set<CueKind> kinds = EnumSet.noneOf(CueKind.class);
        v.decisive().forEach(c -> kinds.add(c.kind()));
        String note = Nuclearity.of(kinds, siteMetals, Metals.inText(text)).note();
        return note.isEmpty() ? "" : "; " + note;
    }

    /**
     * The wording that decided, with up to two words before it and, after an adjective such as "single-atom", the
     * noun it qualifies; separate snippets when the wording is spread out.
     */
    static String quote(String text, List<Cue> decisive) {
        int from = decisive.stream().mapToInt(Cue::start).min().orElse(0);
        Cue last = decisive.stream().max(Comparator.comparingInt(Cue::end)).orElse(null);
        int to = last == null ? text.length() : withNoun(text, last);
        if (to - from <= 100) {
            return text.substring(wordsBefore(text, from, 2), to).strip();
        }
        List<String> snippets = new ArrayList<>();
        for (Cue c : decisive) {
            snippets.add(text.substring(wordsBefore(text, c.start(), 2), withNoun(text, c)).strip());
        }
        return String.join(" … ", new LinkedHashSet<>(snippets));
    }

    private static int withNoun(String text, Cue cue) {
        if (!ADJECTIVE.matcher(cue.text()).find()) {
            return cue.end();
        }
        Matcher next = NEXT_WORD.matcher(text).region(cue.end(), text.length());
        return next.lookingAt() ? next.end() : cue.end();
    }

    private static int wordsBefore(String text, int at, int words) {
        int i = at;
        for (int w = 0; w < words; w++) {
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') {
                j--;
            }
            if (j == 0 || ",;:.([".indexOf(text.charAt(j - 1)) >= 0) {
                break;
            }
            while (j > 0 && text.charAt(j - 1) != ' ' && ",;:.([".indexOf(text.charAt(j - 1)) < 0) {
                j--;
            }
            i = j;
        }
        return i;
    }

    private static Optional<Finding> fromComposition(String name) {
        Matcher m = COMPOUND.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(CatalystClass.NANOCRYSTALLINE, "name pattern", "name: " + m.group()
                + " is an alloy, compound or defect formula; nothing says its metal is atomically dispersed"));
    }
}
