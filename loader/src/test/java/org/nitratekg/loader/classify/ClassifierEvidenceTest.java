package org.nitratekg.loader.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Classes read from the text around a catalyst's name, the titles of the works its row cites, sentences citing
 * those works, and the titles of the sections it is discussed in; and the order in which they are weighed.
 */
class ClassifierEvidenceTest {

    @Test
    void aSentenceNamingTheCatalystGivesItsClassAndProvenance() {
        SyntheticReview r = new SyntheticReview();
        Resource s = r.section("2", "Results", null);
        Resource p = r.paragraph(s, "We turn to Mo–X/G. In Mo–X/G, isolated molybdenum atoms sit on graphene [3].");
        r.row("Mo–X/G");
        CatalystClassifier.Assignment a = r.classOf("Mo–X/G");
        assertThat(a.cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
        assertThat(a.basis()).isEqualTo("sentence");
        assertThat(a.reason()).isEqualTo("described as 'isolated molybdenum atoms' in section 2");
        assertThat(r.model.listObjectsOfProperty(r.model.getResource(SyntheticReview.REVIEW + "/class-assignment/Mo-X_G"),
                org.nitratekg.ontology.NKG.derivedFromPart).toList()).contains(p);
    }

    @Test
    void twoCatalystsInOneSentenceEachKeepTheirOwnWords() {
        SyntheticReview r = new SyntheticReview();
        r.paragraph(null, "Unlike Ni–Y/C, which is made of nanoparticles, Co–Y/C carries single atoms only.");
        r.row("Ni–Y/C");
        r.row("Co–Y/C");
        assertThat(r.classOf("Ni–Y/C").cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
        assertThat(r.classOf("Co–Y/C").cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
    }

    @Test
    void singleAtomsBesideParticlesOrClustersAreAHybrid() {
        SyntheticReview r = new SyntheticReview();
        r.paragraph(null, "On Cr–H/C, chromium single atoms work next to small chromium nanoparticles.");
        r.row("Cr–H/C");
        assertThat(r.classOf("Cr–H/C").cls()).isEqualTo(CatalystClass.SINGLE_ATOM_PARTICLE_HYBRID);
    }

    @Test
    void theMetalsOfTheNameOrTextTellHomonuclearFromHeteronuclear() {
        SyntheticReview r = new SyntheticReview();
        r.paragraph(null, "Ni–Z/C hosts dual-atom sites of Ni and Fe. Pd–Z/C carries dual-atom Pd sites.");
        r.paragraph(null, "Ir–Z/C is built from homonuclear pairs, whatever the support.");
        r.row("Ni–Z/C");
        r.row("Pd–Z/C");
        r.row("Ir–Z/C");
        assertThat(r.classOf("Ni–Z/C").cls()).isEqualTo(CatalystClass.DUAL_ATOM_HETERONUCLEAR);
        assertThat(r.classOf("Ni–Z/C").reason()).endsWith("; metals named: Ni, Fe");
        assertThat(r.classOf("Pd–Z/C").cls()).isEqualTo(CatalystClass.DUAL_ATOM_HOMONUCLEAR);
        assertThat(r.classOf("Ir–Z/C").cls()).isEqualTo(CatalystClass.DUAL_ATOM_HOMONUCLEAR);
    }

    @Test
    void dualSitesAreAtomPairsOnlyWhereTheTextSpeaksOfAtoms() {
        SyntheticReview r = new SyntheticReview();
        r.paragraph(null, "Cu–A/C offers dual active sites on its faceted surface.");
        r.paragraph(null, "Fe–A/C offers dual catalytic sites of atomically dispersed Fe and Co.");
        r.row("Cu–A/C");
        r.row("Fe–A/C");
        assertThat(r.classOf("Cu–A/C").cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
        assertThat(r.classOf("Fe–A/C").cls()).isEqualTo(CatalystClass.DUAL_ATOM_HETERONUCLEAR);
    }

    @Test
    void metalFreeAtomsAreNotMetalSites() {
        SyntheticReview r = new SyntheticReview();
        r.row("B/P–CoO", r.reference(4, "Metal-free dual-atom doping of an oxide"));
        assertThat(r.classOf("B/P–CoO").cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
    }

    @Test
    void aCommonWordThatIsPartOfALabelIsNotTakenForTheClass() {
        SyntheticReview r = new SyntheticReview();
        r.paragraph(null, "Within this framework, Cu–Q/C was also studied.");
        r.row("Cu–Q/C");
        assertThat(r.classOf("Cu–Q/C").cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
        assertThat(r.classOf("Cu–Q/C").basis()).isEqualTo("no atomic evidence");
    }

    @Test
    void atomicWordingOutweighsWordsForTheSupport() {
        SyntheticReview r = new SyntheticReview();
        r.paragraph(null, "Rh–K/C is grown on oxide nanosheets.");
        r.row("Rh–K/C", r.reference(9, "Rhodium single atoms for nitrate reduction"));
        assertThat(r.classOf("Rh–K/C").cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
        assertThat(r.classOf("Rh–K/C").reason()).isEqualTo("title of ref 9: 'Rhodium single atoms'");
    }

    @Test
    void supportWordsSpeakOnlyWhenNothingAtomicIsSaidAnywhere() {
        SyntheticReview r = new SyntheticReview();
        Resource atomic = r.section("4", "Single-Atom Catalysts", null);
        r.paragraph(atomic, "Ir–K/C was tested for 100 h.");
        r.row("Ir–K/C", r.reference(11, "Oxygen vacancies and iridium for nitrate reduction"));
        r.row("Ta–K/C", r.reference(12, "Oxygen vacancies in tantalum oxide"));
        assertThat(r.classOf("Ir–K/C").cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
        assertThat(r.classOf("Ta–K/C").cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
        assertThat(r.classOf("Ta–K/C").reason()).isEqualTo("title of ref 12: 'Oxygen vacancies in tantalum oxide'");
    }

    @Test
    void nanocrystallineWordingIsHeardOnlyAfterTheSectionAndASiteMotif() {
        SyntheticReview r = new SyntheticReview();
        Resource sac = r.section("4", "Single-Atom Sites", null);
        r.paragraph(sac, "Zn–Q/G sits on graphene nanosheets.");
        r.paragraph(null, "Mn–N4/G is supported on graphene nanosheets.");
        r.row("Zn–Q/G");
        r.row("Mn–N4/G");
        assertThat(r.classOf("Zn–Q/G").cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
        assertThat(r.classOf("Mn–N4/G").cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
        assertThat(r.classOf("Mn–N4/G").reason()).isEqualTo("name: Mn–N4 = a coordination site of one Mn atom");
    }

    @Test
    void anAlloyCompositionIsNeverAMolecularCatalyst() {
        SyntheticReview r = new SyntheticReview();
        r.row("Pd40Ag60", r.reference(3, "Porphyrins for ammonia"));
        assertThat(r.classOf("Pd40Ag60").cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
    }

    @Test
    void theNameOutweighsTheText() {
        SyntheticReview r = new SyntheticReview();
        r.paragraph(null, "Pt1/TiO2 was compared with isolated clusters.");
        r.row("Pt1/TiO2");
        assertThat(r.classOf("Pt1/TiO2").cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
        assertThat(r.classOf("Pt1/TiO2").basis()).isEqualTo("name pattern");
    }

    @Test
    void aSentenceCitingOnlyTheRowsWorkSpeaksForIt() {
        SyntheticReview r = new SyntheticReview();
        Resource five = r.reference(5, "A new catalyst");
        r.reference(6, "Another catalyst");
        r.paragraph(null, "Pairs of cobalt and nickel atoms relay the steps [5]. Clusters were also made [5,6].");
        r.row("CoNi–N/C", five);
        CatalystClassifier.Assignment a = r.classOf("CoNi–N/C");
        assertThat(a.cls()).isEqualTo(CatalystClass.DUAL_ATOM_HETERONUCLEAR);
        assertThat(a.basis()).isEqualTo("citing sentence");
    }

    @Test
    void theSectionTitleSpeaksWhenTheTextDoesNot() {
        SyntheticReview r = new SyntheticReview();
        Resource atomic = r.section("4", "Atomically Dispersed Catalysts", null);
        Resource sac = r.section("4.1", "Single-Atom Catalysts on Carbon", atomic);
        Resource mixed = r.section("4.2", "Clusters and Single-Atom Alloys", atomic);
        Resource nano = r.section("3", "Nanocrystalline Catalysts", null);
        Resource facets = r.section("3.1", "Shape Control", nano);
        r.paragraph(sac, "For V–Q/G the activity is high.");
        r.paragraph(mixed, "For Sc–Q/G the activity is low.");
        r.paragraph(facets, "For Ti–Q/G the activity is moderate.");
        r.row("V–Q/G");
        r.row("Sc–Q/G");
        r.row("Ti–Q/G");
        assertThat(r.classOf("V–Q/G").cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
        assertThat(r.classOf("V–Q/G").reason()).isEqualTo("discussed in section 4.1 'Single-Atom Catalysts on Carbon'");
        assertThat(r.classOf("Sc–Q/G").cls()).isEqualTo(CatalystClass.SINGLE_ATOM);
        assertThat(r.classOf("Sc–Q/G").reason()).startsWith("discussed in section 4 'Atomically Dispersed Catalysts'");
        assertThat(r.classOf("Ti–Q/G").cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
        assertThat(r.classOf("Ti–Q/G").reason()).isEqualTo("discussed in section 3 'Nanocrystalline Catalysts'");
    }

    @Test
    void aSectionOnPairedSitesNamesADualAtomClass() {
        SyntheticReview r = new SyntheticReview();
        Resource pairs = r.section("5", "Sites with Two Metal Atoms", null);
        r.paragraph(pairs, "Mn–Mo/C converts nitrite quickly.");
        r.row("Mn–Mo/C");
        assertThat(r.classOf("Mn–Mo/C").cls()).isEqualTo(CatalystClass.DUAL_ATOM_HETERONUCLEAR);
    }
}
