package org.nitratekg.loader.classify;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides one class from the cues of one text (a sentence, a title, a name). Cues combine: single atoms together
 * with particles or clusters make a hybrid; "dual … sites" is a dual-atom site only where the text also speaks of
 * atoms or of two metals bridged by one atom ({@code Co–N–Fe}); otherwise the most specific class named wins, and
 * nanocrystalline is only what a text says when it says nothing atomic or molecular.
 */
final class ClassFromWording {

    /** A decided class and the cues that decided it. */
    record Verdict<T>(CatalystClass cls, List<T> decisive) {}

    private ClassFromWording() {}

    /**
     * @param bridged     whether the text names two metals bridged by one atom
     * @param nuclearity  homo- or heteronuclear, given all kinds the text holds
     */
    static <T> Optional<Verdict<T>> decide(List<T> cues, Function<T, CueKind> kindOf, boolean bridged,
                                           Function<Set<CueKind>, CatalystClass> nuclearity) {
        Set<CueKind> kinds = EnumSet.noneOf(CueKind.class);
        cues.forEach(c -> kinds.add(kindOf.apply(c)));
        boolean single = kinds.contains(CueKind.SINGLE_ATOM) || kinds.contains(CueKind.ATOMIC);
        boolean siteOfOne = single || kinds.contains(CueKind.SITE_MOTIF);
        boolean beside = kinds.contains(CueKind.PARTICLE) || kinds.contains(CueKind.CLUSTER);
        if (kinds.contains(CueKind.SINGLE_ATOM_ALLOY)) {
            return verdict(CatalystClass.SINGLE_ATOM_ALLOY, cues, kindOf, EnumSet.of(CueKind.SINGLE_ATOM_ALLOY));
        }
        if (kinds.contains(CueKind.HYBRID)) {
            return verdict(CatalystClass.SINGLE_ATOM_PARTICLE_HYBRID, cues, kindOf, EnumSet.of(CueKind.HYBRID));
        }
        if (siteOfOne && beside) {
            return verdict(CatalystClass.SINGLE_ATOM_PARTICLE_HYBRID, cues, kindOf, EnumSet.of(CueKind.SINGLE_ATOM,
                    CueKind.ATOMIC, CueKind.SITE_MOTIF, CueKind.PARTICLE, CueKind.CLUSTER));
        }
        Set<CueKind> dual = EnumSet.of(CueKind.DUAL_ATOM, CueKind.HOMONUCLEAR, CueKind.HETERONUCLEAR);
        if (kinds.contains(CueKind.DUAL_SITES) && (single || bridged)) {
            dual.add(CueKind.DUAL_SITES);
        }
        if (kinds.stream().anyMatch(dual::contains)) {
            return verdict(nuclearity.apply(kinds), cues, kindOf, dual);
        }
        if (kinds.contains(CueKind.CLUSTER)) {
            return verdict(CatalystClass.CLUSTER, cues, kindOf, EnumSet.of(CueKind.CLUSTER));
        }
        if (single) {
            return verdict(CatalystClass.SINGLE_ATOM, cues, kindOf, EnumSet.of(CueKind.SINGLE_ATOM, CueKind.ATOMIC));
        }
        if (kinds.contains(CueKind.MOLECULAR)) {
            return verdict(CatalystClass.MOLECULAR_OR_FRAMEWORK, cues, kindOf, EnumSet.of(CueKind.MOLECULAR));
        }
        if (kinds.contains(CueKind.SITE_MOTIF)) {
            return verdict(CatalystClass.SINGLE_ATOM, cues, kindOf, EnumSet.of(CueKind.SITE_MOTIF));
        }
        if (kinds.contains(CueKind.NANOCRYSTAL) || kinds.contains(CueKind.PARTICLE)) {
            return verdict(CatalystClass.NANOCRYSTALLINE, cues, kindOf, EnumSet.of(CueKind.NANOCRYSTAL, CueKind.PARTICLE));
        }
        if (kinds.contains(CueKind.SUPPORT_MATERIAL)) {
            return verdict(CatalystClass.NANOCRYSTALLINE, cues, kindOf, EnumSet.of(CueKind.SUPPORT_MATERIAL));
        }
        return Optional.empty();
    }

    /** Whether a verdict rests only on the given kinds (a name's morphology, a lone site motif). */
    static <T> boolean restsOnlyOn(Verdict<T> v, Function<T, CueKind> kindOf, Set<CueKind> kinds) {
        return v.decisive().stream().allMatch(c -> kinds.contains(kindOf.apply(c)));
    }

    private static <T> Optional<Verdict<T>> verdict(CatalystClass cls, List<T> cues, Function<T, CueKind> kindOf,
                                                    Set<CueKind> decisiveKinds) {
        return Optional.of(new Verdict<>(cls, cues.stream().filter(c -> decisiveKinds.contains(kindOf.apply(c))).toList()));
    }
}
