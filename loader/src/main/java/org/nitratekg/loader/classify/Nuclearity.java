package org.nitratekg.loader.classify;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Homonuclear or heteronuclear, for a catalyst already known to have dual-atom sites: an explicit "homonuclear" or
 * "heteronuclear" in the wording decides; otherwise the metals that may form the site, those of the name first and
 * then those the same text names. One metal makes a homonuclear pair; two or more a heteronuclear one; none named at
 * all leaves the more common heteronuclear pair, and the reason says so.
 */
record Nuclearity(CatalystClass cls, String note) {

    static Nuclearity of(Set<CueKind> kinds, Set<String> nameMetals, Set<String> textMetals) {
        if (kinds.contains(CueKind.HOMONUCLEAR) && !kinds.contains(CueKind.HETERONUCLEAR)) {
            return new Nuclearity(CatalystClass.DUAL_ATOM_HOMONUCLEAR, "");
        }
        if (kinds.contains(CueKind.HETERONUCLEAR) && !kinds.contains(CueKind.HOMONUCLEAR)) {
            return new Nuclearity(CatalystClass.DUAL_ATOM_HETERONUCLEAR, "");
        }
        if (nameMetals.size() >= 2) {
            return new Nuclearity(CatalystClass.DUAL_ATOM_HETERONUCLEAR, "metals in the name: " + String.join(", ", nameMetals));
        }
        Set<String> all = new LinkedHashSet<>(nameMetals);
        all.addAll(textMetals);
        if (all.size() >= 2) {
            return new Nuclearity(CatalystClass.DUAL_ATOM_HETERONUCLEAR, "metals named: " + String.join(", ", all));
        }
        if (all.size() == 1) {
            return new Nuclearity(CatalystClass.DUAL_ATOM_HOMONUCLEAR, "one metal: " + all.iterator().next());
        }
        return new Nuclearity(CatalystClass.DUAL_ATOM_HETERONUCLEAR, "metals not named");
    }
}
