package org.nitratekg.loader.classify;

/** What a piece of wording says about the kind of active site; several kinds together decide a class. */
enum CueKind {
    /** "single-atom alloy", "SAA", "single-atom Bi alloyed". */
    SINGLE_ATOM_ALLOY,
    /** "hybrid", "single atom–particle synergy". */
    HYBRID,
    /** "dual-atom", "diatomic", "DAC", "atom pairs", "metal pairs". */
    DUAL_ATOM,
    /** "dual … sites" or "dual … pairs": a dual-atom site only where the same text speaks of atoms. */
    DUAL_SITES,
    HOMONUCLEAR,
    HETERONUCLEAR,
    /** "clusters", "nanoclusters". */
    CLUSTER,
    /** "single atoms", "single-atom", "SAC", "isolated … atoms". */
    SINGLE_ATOM,
    /** "atomically dispersed", "atomic sites": atomic, with the number of atoms left open. */
    ATOMIC,
    /** "nanoparticles", "NPs": the particle half of a hybrid, or a nanocrystal on its own. */
    PARTICLE,
    /** "phthalocyanine", "porphyrin", "metal–organic framework", "coordination polymer", "molecular catalyst". */
    MOLECULAR,
    /** "nanocrystalline", "nanowires", "alloy", "facets", "high-entropy". */
    NANOCRYSTAL,
    /**
     * "oxide", "spinel", "vacancies", "layered double hydroxide": words for a nanocrystalline material, but just as
     * often for the support of single atoms, so they speak only when nothing atomic is said anywhere.
     */
    SUPPORT_MATERIAL,
    /** A coordination site of one metal in a name ({@code Zr–N3O1}, {@code ZrN4}, {@code M–N–C}): weak single-atom evidence. */
    SITE_MOTIF,
    /** "metal-free": the atoms that follow are not metal sites. */
    METAL_FREE
}
