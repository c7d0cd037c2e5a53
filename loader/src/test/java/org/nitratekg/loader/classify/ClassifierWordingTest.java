package org.nitratekg.loader.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nitratekg.ontology.NkgOntology;

/** The class wording read from the ontology's labels and the generic words around it. */
class ClassifierWordingTest {
    private static final ClassVocabulary VOCABULARY = ClassVocabulary.of(NkgOntology.ontology());

    private static List<CueKind> kinds(String text) {
        return VOCABULARY.cues(text).stream().map(Cue::kind).toList();
    }

    @Test
    void labelsOfTheOntologyAreCuesWithFreeSeparatorsAndPlurals() {
        assertThat(kinds("a single atom catalyst")).containsExactly(CueKind.SINGLE_ATOM);
        assertThat(kinds("heterometallic diatomic catalysts")).containsExactly(CueKind.HETERONUCLEAR);
        assertThat(kinds("sub-nm clusters")).containsExactly(CueKind.CLUSTER);
        assertThat(kinds("Single Atom–Particle Synergy")).containsExactly(CueKind.HYBRID);
        assertThat(kinds("atomic dispersed catalysts")).containsExactly(CueKind.ATOMIC);
    }

    @Test
    void acronymsAreCaseSensitive() {
        assertThat(kinds("PtSACs and DAC/G")).containsExactly(CueKind.SINGLE_ATOM, CueKind.DUAL_ATOM);
        assertThat(kinds("a sac of dac")).isEmpty();
    }

    @Test
    void theLongestWordingWinsWhereTwoOverlap() {
        assertThat(kinds("a single-atom alloy")).containsExactly(CueKind.SINGLE_ATOM_ALLOY);
        assertThat(kinds("single-atom Ir alloyed Pt")).containsExactly(CueKind.SINGLE_ATOM_ALLOY);
        assertThat(kinds("dual-single-atom sites")).containsExactly(CueKind.DUAL_ATOM);
    }

    @Test
    void oneCommonWordOfALabelNeedsItsHeadNoun() {
        assertThat(kinds("a unifying framework")).isEmpty();
        assertThat(kinds("a framework catalyst")).containsExactly(CueKind.MOLECULAR);
        assertThat(kinds("a molecular solid catalyst")).containsExactly(CueKind.MOLECULAR);
        assertThat(kinds("at the molecular level")).isEmpty();
    }

    @Test
    void metalFreeRulesOutTheAtomsAfterIt() {
        assertThat(kinds("metal-free dual-atom doping")).isEmpty();
        assertThat(kinds("metal-free carbon with Fe single atoms")).containsExactly(CueKind.SINGLE_ATOM);
    }

    @Test
    void genericWordingForSitesOfOneOrTwoMetalAtoms() {
        assertThat(kinds("confirming isolated five-coordinate Mn")).containsExactly(CueKind.SINGLE_ATOM);
        assertThat(kinds("with no Mn-Mn path at 2.6 Å")).containsExactly(CueKind.ATOMIC);
        assertThat(kinds("pairs of bright spots")).containsExactly(CueKind.DUAL_ATOM);
        assertThat(kinds("carries two Zn atoms")).containsExactly(CueKind.DUAL_ATOM);
        assertThat(kinds("binds through two oxygen atoms")).isEmpty();
        assertThat(kinds("a Pd tetramer")).containsExactly(CueKind.CLUSTER);
        assertThat(kinds("Ce3+-Ov pairs at the interface")).isEmpty();
    }

    @Test
    void wordsForSupportMaterialsAreWeakerThanMorphology() {
        assertThat(kinds("oxygen vacancies in a spinel oxide")).containsOnly(CueKind.SUPPORT_MATERIAL);
        assertThat(kinds("oxide nanowires")).containsExactly(CueKind.SUPPORT_MATERIAL, CueKind.NANOCRYSTAL);
    }

    @Test
    void acronymsExpandToTheirClassLabel() {
        assertThat(VOCABULARY.expansion("SACs")).contains("single-atom catalyst");
        assertThat(VOCABULARY.expansion("XYZ")).isEmpty();
    }
}
