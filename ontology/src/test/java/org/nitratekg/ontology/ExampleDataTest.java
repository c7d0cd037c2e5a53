package org.nitratekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyIRIMapper;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The example data graph ({@code examples/example-data.ttl}) fits the shapes, the axioms and the questions. */
class ExampleDataTest {
    private static Model example;

    @BeforeAll
    static void read() {
        example = ModelFactory.createDefaultModel();
        RDFDataMgr.read(example, OwlApiLoader.ONTOLOGY_DIR.resolve("examples/example-data.ttl").toUri().toString());
    }

    private static List<List<String>> select(String query) {
        Model data = NkgOntology.ontology().add(example);
        List<List<String>> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(data).query(query).build()) {
            var results = exec.execSelect();
            List<String> vars = results.getResultVars();
            results.forEachRemaining(row -> {
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    RDFNode n = row.get(v);
                    cells.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(cells);
            });
        }
        return rows;
    }

    @Test
    void passesTheShapesWithoutAnyResult() {
        assertThat(NkgShapes.validate(example.getGraph()).getEntries()).isEmpty();
    }

    @Test
    void hermitFindsItConsistentWithTheOntology() throws Exception {
        // One document holding the ontology (with its owl:imports) and the data, so every term is declared.
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, NkgOntology.ontology().add(example), Lang.TURTLE);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        var locations = NkgOntology.catalog().locations();
        manager.getIRIMappers().add((OWLOntologyIRIMapper) iri -> locations.containsKey(iri.toString())
                ? IRI.create(OwlApiLoader.ONTOLOGY_DIR.resolve(locations.get(iri.toString())).toUri()) : null);
        OWLOntology merged = manager.loadOntologyFromOntologyDocument(
                new ByteArrayInputStream(turtle.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(merged.individualsInSignature().count()).isGreaterThan(70);
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(merged);
        try {
            assertThat(reasoner.isConsistent()).isTrue();
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void answersAScalingRelationQuestion() {
        List<List<String>> rows = select("""
                PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?name ?a ?b ?breaks ?section ?ref ?technique WHERE {
                  ?claim a nkg:ScalingRelationClaim ; nkg:claimSubject ?subject ; nkg:breaks ?breaks ;
                         nkg:aboutScalingRelation ?rel ; nkg:inSection/nkg:sectionNumber ?section ;
                         nkg:citesReference/nkg:referenceNumber ?ref ; nkg:evidenceType nkg:TheoryDFT .
                  ?subject nkg:printedName ?name .
                  ?rel nkg:firstIntermediate/rdfs:label ?a ; nkg:secondIntermediate/rdfs:label ?b .
                  ?evidence nkg:supportsClaim ?claim ; nkg:inMode nkg:InSitu ; nkg:usesTechnique/rdfs:label ?technique .
                }""");
        assertThat(rows).containsExactly(List.of("Cu–N3", "*NO", "*H", "true", "3.1", "12", "Raman spectroscopy"));
    }

    @Test
    void answersACatalystPerformanceQuestionThroughTheMotif() {
        List<List<String>> rows = select("""
                PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                SELECT ?catalyst ?fe ?ref WHERE {
                  ?cat a nkg:SingleAtomCatalyst ; nkg:printedName ?catalyst ;
                       nkg:hasMotif/nkg:hasCoordination [ nkg:centralElement nkg:Copper ; nkg:coordinationNumber 3 ] .
                  ?row nkg:reportsCatalyst ?cat ; nkg:hasPerformance ?f .
                  ?f a nkg:FaradaicEfficiency ; nkg:numericValue ?fe ;
                     nkg:underCondition [ nkg:numericValue ?v ; nkg:referenceElectrode nkg:RHE ] .
                  FILTER (?v > -0.6)
                  ?row nkg:citesReference/nkg:referenceNumber ?ref .
                }""");
        assertThat(rows).containsExactly(List.of("Cu-N3/C", "95.3", "12"));
    }

    @Test
    void convertedValuesFollowFromTheUnitMultipliers() {
        List<List<String>> rows = select("""
                PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                PREFIX qudt: <http://qudt.org/schema/qudt/>
                SELECT ?value ?from ?converted ?to WHERE {
                  ?f nkg:numericValue ?value ; qudt:unit/qudt:conversionMultiplier ?from ;
                     nkg:convertedValue ?converted ; nkg:convertedUnit/qudt:conversionMultiplier ?to .
                }""");
        assertThat(rows).hasSize(1);
        List<String> r = rows.get(0);
        BigDecimal expected = new BigDecimal(r.get(0)).multiply(new BigDecimal(r.get(1)))
                .divide(new BigDecimal(r.get(3)), MathContext.DECIMAL64);
        assertThat(new BigDecimal(r.get(2))).isEqualByComparingTo(expected.round(new MathContext(12)).stripTrailingZeros());
    }
}
