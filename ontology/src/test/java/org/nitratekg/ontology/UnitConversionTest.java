package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every unit (QUDT module and local) has a UCUM code that UCUM parses, and its conversion multiplier is what UCUM
 * gives for converting one of it into the coherent SI unit of its quantity kind; local units' factor units multiply
 * out to the same multiplier.
 */
class UnitConversionTest {
    private static final String QUDT = NkgUnits.QUDT_NS;
    private static final String QK = "http://qudt.org/vocab/quantitykind/";
    private static final Property UCUM_CODE = p(QUDT + "ucumCode");
    private static final Property MULTIPLIER = p(QUDT + "conversionMultiplier");
    private static final Property KIND = p(QUDT + "hasQuantityKind");
    private static final Property FACTOR = p(QUDT + "hasFactorUnit");
    private static final Property HAS_UNIT = p(QUDT + "hasUnit");
    private static final Property EXPONENT = p(QUDT + "exponent");

    /** The coherent SI unit of each quantity kind, in UCUM: the unit a QUDT multiplier converts to. */
    private static final Map<String, String> SI_BY_KIND = Map.ofEntries(
            Map.entry(QK + "DimensionlessRatio", "1"), Map.entry(QK + "ElectricPotential", "V"),
            Map.entry(QK + "Mass", "kg"), Map.entry(QK + "AmountOfSubstance", "mol"), Map.entry(QK + "Time", "s"),
            Map.entry(QK + "Area", "m2"), Map.entry(QK + "Length", "m"), Map.entry(QK + "ElectricCurrent", "A"),
            Map.entry(QK + "ElectricCurrentDensity", "A/m2"), Map.entry(QK + "MassFlowRate", "kg/s"),
            Map.entry(QK + "MolarFlowRate", "mol/s"), Map.entry(QK + "Frequency", "/s"),
            Map.entry(QK + "MassPerAreaTime", "kg/(m2.s)"), Map.entry(QK + "Concentration", "mol/m3"),
            Map.entry(QK + "MassConcentration", "kg/m3"),
            Map.entry(NKG.NS + "AmountOfSubstancePerAreaTime", "mol/(m2.s)"), Map.entry(NKG.NS + "MassPerMassTime", "/s"),
            Map.entry(NKG.NS + "AmountOfSubstancePerMassTime", "mol/(kg.s)"), Map.entry(NKG.NS + "PerMassTime", "/(kg.s)"));

    private static UcumEssenceService ucum;
    private static Model units;

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }

    @BeforeAll
    static void setUp() throws Exception {
        try (InputStream in = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            ucum = new UcumEssenceService(in);
        }
        units = NkgOntology.ontologyWithImports();
    }

    private static List<Resource> allUnits() {
        return units.listSubjectsWithProperty(RDF.type, ResourceFactory.createResource(QUDT + "Unit")).toList();
    }

    private static BigDecimal multiplier(Resource unit) {
        return new BigDecimal(unit.getRequiredProperty(MULTIPLIER).getLiteral().getLexicalForm());
    }

    private static void assertClose(BigDecimal actual, BigDecimal expected, String what) {
        BigDecimal tolerance = expected.abs().multiply(new BigDecimal("1e-12"));
        assertThat(actual.subtract(expected).abs()).as(what + ": " + actual + " vs " + expected).isLessThanOrEqualTo(tolerance);
    }

    @Test
    void everyUnitConvertsToSiByItsMultiplier() throws Exception {
        List<Resource> all = allUnits();
        assertThat(all).hasSize(42);
        for (Resource unit : all) {
            String code = unit.getRequiredProperty(UCUM_CODE).getString();
            String kind = unit.getRequiredProperty(KIND).getResource().getURI();
            assertThat(SI_BY_KIND).as(unit + " quantity kind").containsKey(kind);
            assertThat(ucum.validate(code)).as(unit + " UCUM code " + code).isNull();
            Decimal converted = ucum.convert(new Decimal("1"), code, SI_BY_KIND.get(kind));
            assertClose(new BigDecimal(converted.asDecimal()), multiplier(unit), unit.getURI());
        }
    }

    @Test
    void localUnitsMultiplyOutFromTheirFactorUnits() {
        List<Resource> local = allUnits().stream().filter(u -> u.getURI().startsWith(NkgUnits.NS)).toList();
        assertThat(local).hasSize(12);
        for (Resource unit : local) {
            BigDecimal product = BigDecimal.ONE;
            List<Statement> factors = unit.listProperties(FACTOR).toList();
            assertThat(factors).as(unit + " factor units").isNotEmpty();
            for (Statement factor : factors) {
                Resource f = factor.getResource();
                int exponent = f.getRequiredProperty(EXPONENT).getInt();
                BigDecimal m = multiplier(f.getRequiredProperty(HAS_UNIT).getResource());
                product = exponent >= 0 ? product.multiply(m.pow(exponent))
                        : product.divide(m.pow(-exponent), MathContext.DECIMAL128);
            }
            assertClose(product, multiplier(unit), unit.getURI() + " factor units");
        }
    }

    @Test
    void theCheckNoticesAWrongMultiplier() throws Exception {
        Decimal converted = ucum.convert(new Decimal("1"), "mg/(h.cm2)", "kg/(m2.s)");
        BigDecimal wrong = new BigDecimal("2.7777777777778E-9"); // the ug value, off by a factor 1000
        assertThat(new BigDecimal(converted.asDecimal()).subtract(wrong).abs())
                .isGreaterThan(wrong.multiply(new BigDecimal("1e-12")));
    }
}
