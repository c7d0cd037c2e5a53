package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The SHACL shapes accept a small well-formed graph and report each kind of error in small broken ones. */
class NkgShapesTest {
    private static final String ID = "https://w3id.org/nitrate-kg/id/review/test/";
    private static final Property QUDT_UNIT = ResourceFactory.property(NkgUnits.QUDT_NS + "unit");

    /** A review with one table row: FE 95.3 % and a yield at −0.5 V vs RHE, a claim and a reference. */
    private static Model goodData() {
        Model m = ModelFactory.createDefaultModel();
        Resource review = m.createResource(ID).addProperty(RDF.type, NKG.Review);
        Resource table = m.createResource(ID + "table/1").addProperty(RDF.type, NKG.Table);
        Resource catalyst = m.createResource("https://w3id.org/nitrate-kg/id/catalyst/cu-n3-c")
                .addProperty(RDF.type, NKG.SingleAtomCatalyst);
        Resource row = m.createResource(ID + "table/1/row/1").addProperty(RDF.type, NKG.TableRow)
                .addProperty(NKG.inTable, table).addProperty(NKG.reportsCatalyst, catalyst)
                .addProperty(NKG.partOfReview, review);
        Resource potential = m.createResource(ID + "table/1/row/1/potential").addProperty(RDF.type, NKG.AppliedPotential)
                .addLiteral(NKG.numericValue, new BigDecimal("-0.5")).addProperty(QUDT_UNIT, NkgUnits.qudt("V"))
                .addProperty(NKG.referenceElectrode, NKG.RHE);
        m.createResource(ID + "table/1/row/1/fe").addProperty(RDF.type, NKG.FaradaicEfficiency)
                .addLiteral(NKG.numericValue, new BigDecimal("95.3")).addProperty(QUDT_UNIT, NkgUnits.qudt("PERCENT"))
                .addProperty(NKG.underCondition, potential).addProperty(NKG.derivedFromPart, row);
        m.createResource(ID + "table/1/row/1/yield").addProperty(RDF.type, NKG.AmmoniaYieldRate)
                .addLiteral(NKG.numericValue, new BigDecimal("436")).addLiteral(NKG.plusMinus, new BigDecimal("85"))
                .addProperty(NKG.printedUnit, "ug h-1 cm-2").addProperty(QUDT_UNIT, NkgUnits.MicroGM_PER_HR_CentiM2)
                .addProperty(NKG.underCondition, potential).addProperty(NKG.derivedFromPart, row);
        row.addProperty(NKG.hasPerformance, m.getResource(ID + "table/1/row/1/fe"))
                .addProperty(NKG.hasPerformance, m.getResource(ID + "table/1/row/1/yield"));
        m.createResource(ID + "claim/1").addProperty(RDF.type, NKG.Claim)
                .addProperty(NKG.evidenceType, NKG.TheoryDFT)
                .addProperty(NKG.derivedFromPart, m.createResource(ID + "paragraph/12").addProperty(RDF.type, NKG.Paragraph));
        m.createResource(ID + "reference/12").addProperty(RDF.type, NKG.Reference)
                .addLiteral(NKG.referenceNumber, 12L).addProperty(DCTerms.title, "Copper single atoms for nitrate reduction");
        return m;
    }

    private static Set<String> messages(ValidationReport report, Severity severity) {
        Set<String> messages = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            if (severity.equals(e.severity())) {
                messages.add(e.message());
            }
        }
        return messages;
    }

    private static ValidationReport validate(Model data) {
        return NkgShapes.validate(data.getGraph());
    }

    @Test
    void wellFormedDataConforms() {
        ValidationReport report = validate(goodData());
        assertThat(report.getEntries()).as("report entries").isEmpty();
        assertThat(NkgShapes.hasViolations(report)).isFalse();
    }

    @Test
    void aFaradaicEfficiencyAbove100IsAViolation() {
        Model m = goodData();
        Resource fe = m.getResource(ID + "table/1/row/1/fe");
        fe.removeAll(NKG.numericValue).addLiteral(NKG.numericValue, new BigDecimal("105"));
        ValidationReport report = validate(m);
        assertThat(NkgShapes.hasViolations(report)).isTrue();
        assertThat(messages(report, Severity.Violation)).contains("a Faradaic efficiency lies between 0 and 100 %");
    }

    @Test
    void aFaradaicEfficiencyOf100IsOnlyAWarning() {
        Model m = goodData();
        m.getResource(ID + "table/1/row/1/fe").removeAll(NKG.numericValue).addLiteral(NKG.numericValue, new BigDecimal("100"));
        ValidationReport report = validate(m);
        assertThat(NkgShapes.hasViolations(report)).isFalse();
        assertThat(messages(report, Severity.Warning)).containsExactly(
                "the review reports a Faradaic efficiency of 100 %, which leaves no room for measurement error");
    }

    @Test
    void aFigureOrClaimWithoutProvenanceIsAViolation() {
        Model m = goodData();
        m.getResource(ID + "table/1/row/1/yield").removeAll(NKG.derivedFromPart);
        m.getResource(ID + "claim/1").removeAll(NKG.derivedFromPart);
        ValidationReport report = validate(m);
        List<RDFNode> focus = report.getEntries().stream()
                .filter(e -> e.message().startsWith("a performance figure or claim must say"))
                .map(e -> (RDFNode) m.asRDFNode(e.focusNode())).toList();
        assertThat(focus).containsExactlyInAnyOrder(m.getResource(ID + "table/1/row/1/yield"), m.getResource(ID + "claim/1"));
    }

    @Test
    void provWasDerivedFromAlsoCountsAsProvenance() {
        Model m = goodData();
        Resource claim = m.getResource(ID + "claim/1");
        claim.removeAll(NKG.derivedFromPart).addProperty(ResourceFactory.property("http://www.w3.org/ns/prov#wasDerivedFrom"),
                m.getResource(ID + "paragraph/12"));
        assertThat(validate(m).getEntries()).isEmpty();
    }

    @Test
    void aPotentialWithoutReferenceElectrodeIsAViolationButACurrentDensityNeedsNone() {
        Model m = goodData();
        m.getResource(ID + "table/1/row/1/potential").removeAll(NKG.referenceElectrode);
        assertThat(messages(validate(m), Severity.Violation))
                .contains("a potential must name its reference electrode (only a current density needs none)");

        Model n = goodData();
        n.getResource(ID + "table/1/row/1/potential").removeAll(NKG.referenceElectrode).removeAll(RDF.type)
                .removeAll(QUDT_UNIT).addProperty(RDF.type, NKG.AppliedCurrentDensity)
                .addProperty(QUDT_UNIT, NkgUnits.MilliA_PER_CentiM2);
        assertThat(validate(n).getEntries()).isEmpty();
    }

    @Test
    void aQudtNumericValueCountsAndIsRangeChecked() {
        Model m = goodData();
        m.getResource(ID + "table/1/row/1/fe").removeAll(NKG.numericValue)
                .addLiteral(ResourceFactory.property(NkgUnits.QUDT_NS + "numericValue"), new BigDecimal("101.5"));
        assertThat(messages(validate(m), Severity.Violation)).containsExactly("a Faradaic efficiency lies between 0 and 100 %");
    }

    @Test
    void aPotentialAgainstAgAgClIsOnlyNoted() {
        Model m = goodData();
        m.getResource(ID + "table/1/row/1/potential").removeAll(NKG.referenceElectrode)
                .addProperty(NKG.referenceElectrode, NKG.AgAgCl);
        ValidationReport report = validate(m);
        assertThat(NkgShapes.hasViolations(report)).isFalse();
        assertThat(messages(report, Severity.Info)).hasSize(1);
        assertThat(messages(report, Severity.Warning)).isEmpty();
    }

    @Test
    void aPerformanceRowWithoutCatalystIsAViolation() {
        Model m = goodData();
        m.getResource(ID + "table/1/row/1").removeAll(NKG.reportsCatalyst);
        assertThat(messages(validate(m), Severity.Violation))
                .containsExactly("every table row that reports performance names a catalyst");
    }

    @Test
    void aRowOfATableWithoutFiguresNeedsNoCatalyst() {
        Model m = goodData();
        m.createResource(ID + "table/2/row/1").addProperty(org.apache.jena.vocabulary.RDF.type, NKG.TableRow)
                .addProperty(NKG.inTable, m.createResource(ID + "table/2"));
        assertThat(NkgShapes.hasViolations(validate(m))).isFalse();
    }

    @Test
    void aScalingRelationWithoutItsPairIsOnlyAWarning() {
        Model m = goodData();
        m.createResource("https://w3id.org/nitrate-kg/id/scaling-relation/unnamed-pair")
                .addProperty(org.apache.jena.vocabulary.RDF.type, NKG.ScalingRelation);
        ValidationReport report = validate(m);
        assertThat(NkgShapes.hasViolations(report)).isFalse();
        assertThat(messages(report, Severity.Warning))
                .contains("the review does not name the two intermediates of this scaling relation");
    }

    @Test
    void anUnknownUnitIsAViolation() {
        Model m = goodData();
        m.getResource(ID + "table/1/row/1/yield").removeAll(QUDT_UNIT)
                .addProperty(QUDT_UNIT, NkgUnits.qudt("MilliGM-PER-HR-FURLONG"));
        assertThat(messages(validate(m), Severity.Violation))
                .containsExactly("a unit is one of the QUDT or local units the ontology declares");
    }

    @Test
    void aReferenceWithoutTitleOrNumberIsAViolation() {
        Model m = goodData();
        m.getResource(ID + "reference/12").removeAll(DCTerms.title).removeAll(NKG.referenceNumber);
        assertThat(messages(validate(m), Severity.Violation))
                .containsExactlyInAnyOrder("a reference has a title", "a reference has exactly one integer number");
    }

    @Test
    void aFigurePrintedWithoutConditionIsAWarningNotAViolation() {
        Model m = goodData();
        m.getResource(ID + "table/1/row/1/fe").removeAll(NKG.underCondition);
        ValidationReport report = validate(m);
        assertThat(NkgShapes.hasViolations(report)).isFalse();
        assertThat(messages(report, Severity.Warning)).containsExactly(
                "the review prints this figure without the potential or current density it was measured at");
    }

    @Test
    void theKnownUnitListIsExactlyTheDeclaredUnits() {
        Model shapes = NkgOntology.shapes();
        Property in = shapes.createProperty("http://www.w3.org/ns/shacl#in");
        Set<Set<String>> lists = new java.util.HashSet<>();
        shapes.listObjectsOfProperty(in).forEachRemaining(node -> {
            if (node.isAnon()) {
                Set<String> members = new TreeSet<>();
                node.as(RDFList.class).iterator().forEachRemaining(n -> {
                    if (n.isURIResource()) {
                        members.add(n.asResource().getURI());
                    }
                });
                lists.add(members);
            }
        });
        Set<String> declared = new TreeSet<>();
        NkgOntology.ontologyWithImports()
                .listSubjectsWithProperty(RDF.type, ResourceFactory.resource(NkgUnits.QUDT_NS + "Unit"))
                .forEachRemaining(u -> declared.add(u.getURI()));
        assertThat(declared).hasSize(42);
        assertThat(lists).as("the sh:in lists of units").contains(declared);
    }

    /** Jena's ResourceFactory under a short name. */
    private static final class ResourceFactory {
        static Property property(String iri) {
            return org.apache.jena.rdf.model.ResourceFactory.createProperty(iri);
        }

        static Resource resource(String iri) {
            return org.apache.jena.rdf.model.ResourceFactory.createResource(iri);
        }
    }
}
