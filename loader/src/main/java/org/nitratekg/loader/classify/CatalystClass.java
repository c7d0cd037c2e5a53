package org.nitratekg.loader.classify;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * The eight catalyst classes a table catalyst is sorted into, each with the ontology class it is written as and
 * the label the {@code catalyst-classes} query prints. The order is the order of specificity: where two pieces of
 * wording of equal weight disagree, the earlier class wins (a "single-atom alloy" is also made of single atoms, a
 * dual-atom site of two of them, and nanocrystalline is what is left when nothing atomic is said).
 */
public enum CatalystClass {
    SINGLE_ATOM_ALLOY("single-atom alloy", NKG.SingleAtomAlloy),
    SINGLE_ATOM_PARTICLE_HYBRID("single atom + particle hybrid", NKG.SingleAtomParticleHybrid),
    DUAL_ATOM_HETERONUCLEAR("dual-atom heteronuclear", NKG.HeteronuclearDualAtomCatalyst),
    DUAL_ATOM_HOMONUCLEAR("dual-atom homonuclear", NKG.HomonuclearDualAtomCatalyst),
    CLUSTER("cluster", NKG.SubNanometreClusterCatalyst),
    SINGLE_ATOM("single-atom", NKG.SingleAtomCatalyst),
    MOLECULAR_OR_FRAMEWORK("molecular/framework", NKG.MolecularOrFrameworkCatalyst),
    NANOCRYSTALLINE("nanocrystalline", NKG.NanocrystallineCatalyst);

    private final String label;
    private final Resource term;

    CatalystClass(String label, Resource term) {
        this.label = label;
        this.term = term;
    }

    /** The label the named query prints, e.g. "dual-atom homonuclear". */
    public String label() {
        return label;
    }

    /** The ontology class, e.g. {@code nkg:HomonuclearDualAtomCatalyst}. */
    public Resource term() {
        return term;
    }

    boolean isDualAtom() {
        return this == DUAL_ATOM_HETERONUCLEAR || this == DUAL_ATOM_HOMONUCLEAR;
    }
}
