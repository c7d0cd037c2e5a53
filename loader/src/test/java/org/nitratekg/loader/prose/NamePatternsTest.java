package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nitratekg.loader.prose.language.CitationMarkers;
import org.nitratekg.loader.prose.language.SentenceSplitter;
import org.nitratekg.ontology.NKG;

/** Text normalization, sentences, citations and chemical-name patterns on sentences written for the tests. */
class NamePatternsTest {

    @Test
    void latexUnicodeAndEmphasisBecomePlain() {
        assertThat(PlainText.of("reduced to $^*\\text{NO}_2$ on *in situ* Cu–N₃ in NO_3RR and H_{ads} -mediated routes"))
                .isEqualTo("reduced to *NO2 on in situ Cu–N3 in NO3RR and Hads-mediated routes");
        assertThat(PlainText.of("$^*\\text{NO}_3 \\rightarrow ^*\\text{NO}_2$ and *H and *NO")).isEqualTo("*NO3 → *NO2 and *H and *NO");
        assertThat(PlainText.of("already plain *NO3 text")).isEqualTo("already plain *NO3 text");
    }

    @Test
    void sentencesSplitOutsideAbbreviationsAndBrackets() {
        String text = "Pt works well (vs. RHE) at 0.1 V. The Ni site, e.g. in NiN4, is stable [3]. *NO forms next.";
        List<String> s = SentenceSplitter.split(text).stream().map(span -> span.of(text)).toList();
        assertThat(s).containsExactly("Pt works well (vs. RHE) at 0.1 V.", "The Ni site, e.g. in NiN4, is stable [3].", "*NO forms next.");
    }

    @Test
    void citationRangesAreExpanded() {
        assertThat(CitationMarkers.numbers("as shown [4,7–9] and [12] but not NO3[−]")).containsExactly(4, 7, 8, 9, 12);
    }

    @Test
    void motifsAreParsedWithTheirCoordination() {
        List<MotifFinder.Found> found = MotifFinder.find("Co–N4 and Ni-N3O1 sites differ from ZnN2–CoN3 pairs, TiO2 and the Pt(111) facet.");
        assertThat(found).extracting(f -> f.motif().printed()).containsExactly("Co–N4", "Ni-N3O1", "ZnN2–CoN3", "Pt(111)");
        Motif mixed = found.get(1).motif();
        assertThat(mixed.centres().get(0).coordinationNumber()).isEqualTo(4);
        assertThat(mixed.asymmetric()).isTrue();
        assertThat(found.get(0).motif().asymmetric()).isFalse();
        assertThat(found.get(2).motif().motifClass()).isEqualTo(NKG.DualSiteMotif);
        assertThat(found.get(3).motif().motifClass()).isEqualTo(NKG.ExposedFacet);
        assertThat(MotifFinder.find("N3Co–NiN2 dual sites").get(0).motif().centres()).extracting(Motif.Centre::element).containsExactly("Co", "Ni");
    }

    @Test
    void axialAndInPlaneLigandsMakeVariants() {
        Motif axial = MotifFinder.find("NiN4 sites with an axial chlorine ligand").get(0).motif();
        assertThat(axial.ligand()).isEqualTo("Cl");
        assertThat(axial.axial()).isTrue();
        Motif planar = MotifFinder.find("C–F bonds placed in the planar direction of Co–N4 sites").get(0).motif();
        assertThat(planar.inPlane()).isTrue();
        assertThat(planar.slug()).isEqualTo("co-n4-f");
        assertThat(MotifFinder.find("the symmetry of conventional Co–N4 sites next to C–F bonds").get(0).motif().ligand()).isNull();
    }


}
