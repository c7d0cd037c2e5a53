package org.nitratekg.loader.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.classify.ReviewGraph.Section;
import org.nitratekg.loader.classify.TextIndex.Window;

/**
 * What the sections a catalyst is discussed in say about its class, through the class wording in their titles
 * ("Single-Atom Sites…", "Dual-Atom Sites", "Nanocrystalline Catalysts…"). A title naming one class speaks for
 * the catalysts discussed under it; a title naming several ("Clusters and Alloys") or none
 * hands over to the section it belongs to. A title on atomically dispersed sites in general is kept as the
 * weakest atomic evidence, read as single-atom.
 */
final class SectionTitles {
    private final ClassVocabulary vocabulary;
    private final ReviewGraph graph;

    SectionTitles(ClassVocabulary vocabulary, ReviewGraph graph) {
        this.vocabulary = vocabulary;
        this.graph = graph;
    }

    /** The class named by the titles of the sections the catalyst is discussed in, by majority, if it is wanted. */
    Optional<Finding> leafClass(List<Window> windows, Set<String> siteMetals, Predicate<CatalystClass> wanted) {
        Map<CatalystClass, List<Section>> votes = new LinkedHashMap<>();
        Map<CatalystClass, Nuclearity> pairs = new LinkedHashMap<>();
        for (Resource sectionOfPart : sectionsOf(windows)) {
            for (Section s = graph.section(sectionOfPart).orElse(null); s != null; s = graph.section(s.parent()).orElse(null)) {
                Set<CueKind> kinds = kinds(s.title());
                Set<CatalystClass> named = classesNamed(kinds, siteMetals, pairs);
                if (named.size() == 1) {
                    CatalystClass cls = named.iterator().next();
                    if (wanted.test(cls)) {
                        votes.computeIfAbsent(cls, k -> new ArrayList<>()).add(s);
                    }
                    break;
                }
                if (named.isEmpty() && kinds.contains(CueKind.ATOMIC)) {
                    break;
                }
            }
        }
        return votes.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<CatalystClass, List<Section>> e) -> e.getValue().size())
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(e -> {
                    Section first = e.getValue().getFirst();
                    Nuclearity pair = pairs.get(e.getKey());
                    String note = pair != null && !pair.note().isEmpty() ? "; " + pair.note() : "";
                    return new Finding(e.getKey(), "section title", "discussed in " + first.label() + note,
                            e.getValue().stream().map(Section::resource).distinct().toList(), List.of());
                });
    }

    /** A section on atomically dispersed sites in general, when nothing more specific is known: single-atom. */
    Optional<Finding> atomicallyDispersed(List<Window> windows) {
        for (Resource sectionOfPart : sectionsOf(windows)) {
            for (Section s = graph.section(sectionOfPart).orElse(null); s != null; s = graph.section(s.parent()).orElse(null)) {
                if (kinds(s.title()).contains(CueKind.ATOMIC)) {
                    return Optional.of(new Finding(CatalystClass.SINGLE_ATOM, "section title", "discussed in " + s.label()
                            + ", on atomically dispersed sites; nothing names atom pairs, clusters or particles",
                            List.of(s.resource()), List.of()));
                }
            }
        }
        return Optional.empty();
    }

    private Set<Resource> sectionsOf(List<Window> windows) {
        Set<Resource> sections = new LinkedHashSet<>();
        windows.stream().map(w -> w.part().section()).filter(s -> s != null).forEach(sections::add);
        return sections;
    }

    private Set<CueKind> kinds(String title) {
        Set<CueKind> kinds = EnumSet.noneOf(CueKind.class);
        if (title != null) {
            vocabulary.cues(title).forEach(c -> kinds.add(c.kind()));
        }
        return kinds;
    }

    /** The classes a title names one by one (not combined as in a sentence): a list of classes names several. */
    private static Set<CatalystClass> classesNamed(Set<CueKind> kinds, Set<String> siteMetals, Map<CatalystClass, Nuclearity> pairs) {
        Set<CatalystClass> named = EnumSet.noneOf(CatalystClass.class);
        for (CueKind k : kinds) {
            switch (k) {
                case SINGLE_ATOM_ALLOY -> named.add(CatalystClass.SINGLE_ATOM_ALLOY);
                case HYBRID -> named.add(CatalystClass.SINGLE_ATOM_PARTICLE_HYBRID);
                case DUAL_ATOM, HOMONUCLEAR, HETERONUCLEAR -> {
                    Nuclearity pair = Nuclearity.of(kinds, siteMetals, Set.of());
                    pairs.putIfAbsent(pair.cls(), pair);
                    named.add(pair.cls());
                }
                case CLUSTER -> named.add(CatalystClass.CLUSTER);
                case SINGLE_ATOM -> named.add(CatalystClass.SINGLE_ATOM);
                case MOLECULAR -> named.add(CatalystClass.MOLECULAR_OR_FRAMEWORK);
                case NANOCRYSTAL, PARTICLE -> named.add(CatalystClass.NANOCRYSTALLINE);
                default -> { }
            }
        }
        if (named.isEmpty() && kinds.contains(CueKind.SUPPORT_MATERIAL)) {
            named.add(CatalystClass.NANOCRYSTALLINE);
        }
        return named;
    }
}
