package org.nitratekg.loader.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.nitratekg.ontology.NKG;

/** What the classifier writes: one assignment per catalyst and review, its terms, and the catalyst's types. */
class ClassifierWritingTest {

    @Test
    void theAssignmentIsScopedToTheReviewAndTypesTheCatalyst() {
        SyntheticReview r = new SyntheticReview();
        Resource row = r.row("Pd1/CeO2");
        r.classify();
        Resource a = r.model.getResource(SyntheticReview.REVIEW + "/class-assignment/Pd1_CeO2");
        Resource catalyst = row.getPropertyResourceValue(NKG.reportsCatalyst);
        assertThat(catalyst.hasProperty(NKG.classAssignment, a)).isTrue();
        assertThat(a.hasProperty(RDF.type, NKG.ClassAssignment)).isTrue();
        assertThat(a.hasProperty(NKG.partOfReview, r.review)).isTrue();
        assertThat(a.hasProperty(NKG.assignedClass, NKG.SingleAtomCatalyst)).isTrue();
        assertThat(a.getProperty(NKG.basisText).getString()).isEqualTo("name: Pd1 = single Pd atoms");
        assertThat(a.getProperty(NKG.assignmentBasis).getString()).isEqualTo("name pattern");
        assertThat(a.hasProperty(NKG.derivedFromPart, row)).isTrue();
        assertThat(catalyst.hasProperty(RDF.type, NKG.SingleAtomCatalyst)).isTrue();
        assertThat(catalyst.hasProperty(RDF.type, NKG.AtomicallyDispersedCatalyst)).isTrue();
    }

    @Test
    void classifyingTwiceWritesTheSameTriples() {
        SyntheticReview r = new SyntheticReview();
        r.paragraph(null, "Co–B/C holds cobalt clusters.");
        r.row("Co–B/C", r.reference(2, "Cobalt clusters"));
        r.classify();
        Model once = ModelFactory.createDefaultModel().add(r.model);
        r.classify();
        assertThat(r.model.isIsomorphicWith(once)).isTrue();
    }

    @Test
    void everyRowGetsAClassEvenWithNothingToGoOn() {
        SyntheticReview r = new SyntheticReview();
        r.row("Mystery-7");
        CatalystClassifier.Assignment a = r.classOf("Mystery-7");
        assertThat(a.cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
        assertThat(a.reason()).isNotBlank();
    }
}
