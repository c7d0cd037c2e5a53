package org.nitratekg.loader.prose;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * A site motif parsed from its printed name: one or two metal centres, each with its coordinating atoms
 * (Ni–N3, Co–N2O2, IrN2–NiN3, N2Co–ZnN2), or an exposed facet (Pt(110)).
 */
record Motif(String printed, List<Centre> centres, String facet, String ligand, boolean axial, boolean inPlane,
             boolean saidAsymmetric) {

    /** A metal centre and its coordination shell in printed order, e.g. Mn with [N3, O1]. */
    record Centre(String element, List<Shell> shell) {
        Integer coordinationNumber() {
            int n = 0;
            for (Shell s : shell) {
                if (s.count() == null) return null;
                n += s.count();
            }
            return shell.isEmpty() ? null : n;
        }

        String slug() {
            return (element + "-" + shell.stream().map(Shell::printed).collect(Collectors.joining())).toLowerCase(Locale.ROOT);
        }
    }

    record Shell(String element, Integer count) {
        String printed() {
            return element + (count == null ? "" : count);
        }
    }

    Resource motifClass() {
        if (facet != null) return NKG.ExposedFacet;
        if (centres.size() > 1) return NKG.DualSiteMotif;
        return NKG.MetalNitrogenSite;
    }

    boolean asymmetric() {
        if (saidAsymmetric || ligand != null) return true;
        if (centres.size() > 1) {
            return !centres.get(0).slug().replaceFirst("^[a-z]+", "").equals(centres.get(1).slug().replaceFirst("^[a-z]+", ""))
                    || !centres.get(0).element().equals(centres.get(1).element());
        }
        return centres.size() == 1 && centres.get(0).shell().stream().map(Shell::element).distinct().count() > 1;
    }

    String slug() {
        if (facet != null) return (printed.replaceAll("[^A-Za-z0-9]+", "-") ).toLowerCase(Locale.ROOT).replaceAll("-+$", "");
        String base = centres.stream().map(Centre::slug).collect(Collectors.joining("-"));
        if (ligand != null) base += (axial ? "-axial-" : "-") + ligand.toLowerCase(Locale.ROOT);
        else if (saidAsymmetric) base += "-asymmetric";
        return base;
    }

    /** The name the motif is labelled with: as printed, plus the ligand or symmetry it was qualified with. */
    String label() {
        if (ligand != null) return printed + (axial ? " with axial " : inPlane ? " with in-plane C–" : " with C–") + ligand;
        return saidAsymmetric && centres.size() == 1 ? "asymmetric " + printed : printed;
    }
}
