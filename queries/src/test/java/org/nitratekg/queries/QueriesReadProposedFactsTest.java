package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * Facts the competency queries read but the loader does not write yet, in the shape the queries expect: each query
 * run on a small graph holding them shows them in its columns.
 */
class QueriesReadProposedFactsTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final String PREFIXES = """
            @prefix nkg: <https://w3id.org/nitrate-kg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix qudt: <http://qudt.org/schema/qudt/> .
            @prefix : <https://example.org/r/> .
            :review a nkg:Review .
            :s2 nkg:sectionNumber "2" .
            """;

    private static List<List<String>> run(String query, String turtle) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + turtle), null, "TTL");
        return QueryFixture.run(m, MODULE.resolve(query + ".rq"));
    }

    private static String cell(List<List<String>> table, int row, String column) {
        return table.get(row).get(table.getFirst().indexOf(column));
    }

    @Test
    void electronCountsAndRegimeConditionsFillTheirColumns() throws IOException {
        List<List<String>> t = run("cq01-electrons-and-regimes", """
                :p1 a nkg:Paragraph ; nkg:partOfReview :review ; nkg:inSection :s2 ;
                    nkg:mentions nkg:IndirectPathway, nkg:NitrateReduction .
                nkg:IndirectPathway a nkg:ReactionPathway ; rdfs:label "indirect pathway" .
                nkg:NitrateReduction a nkg:ElectrochemicalReaction ; nkg:electronsTransferred 8 ; nkg:protonsTransferred 9 .
                :c1 a nkg:Claim ; nkg:partOfReview :review ; nkg:mentions nkg:IndirectPathway ;
                    nkg:conditionNote "nitrate above 1 mol L-1 in strong acid" .
                """);
        assertThat(t).hasSize(2);
        assertThat(cell(t, 1, "electrons")).isEqualTo("8");
        assertThat(cell(t, 1, "protons")).isEqualTo("9");
        assertThat(cell(t, 1, "dominant_under")).isEqualTo("nitrate above 1 mol L-1 in strong acid");
    }

    @Test
    void sideProductsAndDesignPrinciplesAreListed() throws IOException {
        List<List<String>> t = run("cq03-competition-and-principles", """
                :p1 a nkg:Paragraph ; nkg:partOfReview :review ; nkg:inSection :s2 ; nkg:ordinal 1 ;
                    nkg:mentions nkg:NitrousOxide .
                nkg:NitrateReduction nkg:hasSideProduct nkg:NitrousOxide .
                nkg:NitrousOxide a nkg:ChemicalSpecies ; rdfs:label "nitrous oxide" .
                :d1 a nkg:DesignPrinciple, nkg:Claim ; nkg:partOfReview :review ; nkg:inSection :s2 ;
                    nkg:quote [ oa:exact "balance the supply of *H" ] .
                """);
        assertThat(t.subList(1, t.size())).extracting(r -> r.get(1) + ": " + r.get(2))
                .containsExactly("design principle: balance the supply of *H", "side product: nitrous oxide");
    }

    @Test
    void aComparisonClaimNamesTheFavouredMotif() throws IOException {
        List<List<String>> t = run("cq06-cu-n3-vs-cu-n4", """
                :p1 a nkg:Paragraph ; nkg:partOfReview :review ; nkg:mentions nkg:DensityFunctionalTheory, :m3, :m4 .
                :m3 nkg:printedName "X–N3" ; nkg:hasCoordination [ nkg:centralElement nkg:Copper ;
                    nkg:coordinatingElement nkg:Nitrogen ; nkg:coordinationNumber 3 ] .
                :m4 nkg:printedName "X–N4" ; nkg:hasCoordination [ nkg:centralElement nkg:Copper ;
                    nkg:coordinatingElement nkg:Nitrogen ; nkg:coordinationNumber 4 ] .
                :t1 nkg:partOfReview :review .
                :row a nkg:TableRow ; nkg:inTable :t1 ; nkg:ordinal 3 ; nkg:reportsCatalyst :cat .
                :cat nkg:hasMotif :m3 ; nkg:printedName "X3/C" .
                :cmp a nkg:ComparisonClaim ; nkg:partOfReview :review ; nkg:favours :m3 ; nkg:comparedWith :m4 .
                """);
        assertThat(t).hasSize(2);
        assertThat(cell(t, 1, "favoured")).isEqualTo("X–N3");
        assertThat(cell(t, 1, "table_catalyst")).isEqualTo("X3/C");
    }

    @Test
    void anElectronicEffectClaimGivesTheChargeFlow() throws IOException {
        List<List<String>> t = run("cq07-run2-cun3-motif", """
                :p1 a nkg:Paragraph ; nkg:partOfReview :review ; nkg:mentions :pair .
                :pair a nkg:DualSiteMotif ; nkg:printedName "AN2–BN3" ;
                    nkg:hasCoordination [ nkg:symmetry nkg:AsymmetricCoordination ; nkg:centralElement nkg:Ruthenium ] .
                :effect a nkg:ElectronicEffectClaim ; nkg:partOfReview :review ; nkg:claimSubject :pair ;
                    nkg:electronDonor nkg:Copper ; nkg:electronAcceptor nkg:Ruthenium .
                nkg:Copper rdfs:label "copper" . nkg:Ruthenium rdfs:label "ruthenium" .
                """);
        assertThat(t).hasSize(2);
        assertThat(cell(t, 1, "electron_donor")).isEqualTo("copper");
        assertThat(cell(t, 1, "electron_acceptor")).isEqualTo("ruthenium");
    }

    @Test
    void anInterSiteDistanceWithoutAMetalMetalShellIsAPairThatIsNotBonded() throws IOException {
        List<List<String>> t = run("dq09-metal-pair-distances", """
                :cat nkg:printedName "A–B DAC" ; nkg:hasMotif :pair ;
                    nkg:classAssignment [ nkg:partOfReview :review ; nkg:assignedClass nkg:HeteronuclearDualAtomCatalyst ] .
                :pair nkg:interSiteDistance [ qudt:numericValue 4.1 ] ;
                    nkg:hasCoordination [ nkg:centralElement nkg:Nickel ], [ nkg:centralElement nkg:Ruthenium ] .
                nkg:Nickel nkg:symbol "Ni" . nkg:Ruthenium nkg:symbol "Ru" .
                :shell a nkg:CoordinationShellClaim ; nkg:partOfReview :review ; nkg:aboutCatalyst :cat ;
                    nkg:centralElement nkg:Nickel ; nkg:coordinatingElement nkg:Nitrogen ; nkg:coordinationNumber 4 .
                """);
        assertThat(t).hasSize(2);
        assertThat(t.get(1).subList(3, 9)).containsExactly("Ni", "Ru", "4.1", "", "", "false");
    }
}
