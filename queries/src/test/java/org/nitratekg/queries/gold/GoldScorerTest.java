package org.nitratekg.queries.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class GoldScorerTest {

    private static CsvRows csv(String source, String text) {
        return CsvRows.read(source, new StringReader(text));
    }

    private static KindScore score(GoldKind kind, String gold, String results) {
        return GoldScorer.score(kind, csv(kind.goldFile(), gold), csv(kind.queryName(), results));
    }

    @Test
    void scalingPairsAreUnorderedAndHedgedIsAStatus() {
        KindScore s = score(GoldKind.SCALING, """
                subject,subject_kind,intermediate_a,intermediate_b,breaks,section,refs
                Ru–N₄/G,catalyst,*NO,*H,false,4.1,34
                Fe2-N6/C,catalyst,*NO,*H,hedged,4.2,41
                Ru4/NC,catalyst,*N,*NO,hedged,4.3,42
                """, """
                review,subject,subject_kind,intermediate_a,intermediate_b,breaks,section,refs,hedged
                r,Ru-N4/G,catalyst,*H,*NO,false,4.1,34,false
                r,Fe2-N6/C,catalyst,*H,*NO,true,4.2,41,true
                r,Ru4/NC,catalyst,*N,*NO,true,4.3,42,false
                """);
        assertThat(s.matched()).hasSize(2);
        assertThat(s.missed()).extracting(r -> r.get("subject")).containsExactly("Ru4/NC");
        assertThat(s.unexpected()).extracting(r -> r.get("subject")).containsExactly("Ru4/NC");
        assertThat(s.recall()).isEqualTo(2.0 / 3);
        assertThat(s.precision()).isEqualTo(2.0 / 3);
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void aResultWithoutTheHedgedColumnIsScoredAndFlagged() {
        KindScore s = score(GoldKind.SCALING, """
                subject,subject_kind,intermediate_a,intermediate_b,breaks,section,refs
                FeCoNiCuRu HEA,catalyst,,,true,3.1,23
                """, """
                review,subject,subject_kind,intermediate_a,intermediate_b,breaks,section,refs
                r,FeCoNiCuRu HEA,catalyst,,,true,3.1,23
                """);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.notes()).containsExactly("the result has no column hedged");
    }

    @Test
    void aGenericStatementMatchesAnEmptyCatalyst() {
        KindScore s = score(GoldKind.RDS, """
                catalyst,rds_from,rds_to,shifted_from,shifted_to,condition,section,refs
                coinage-metal surfaces (generic),*NO3,*NO2,,,generic,2.1,12;13
                (generic),,,,,restatement,7,20;27;33
                Cu{100} NCs,*NO,*NOH,*NO3 -> *NO2,*NO -> *NOH,potentials,3.1,20
                """, """
                review,catalyst,rds_from,rds_to,shifted_from,shifted_to,condition,section,refs
                r,,,,,,,7,33;27;20
                r,,*NO₃,*NO₂,,,,2.1,12
                r,Cu{100} NCs,*NO,*NOH,*NO3 → *NO2,*NO → *NOH,,3.1,20
                """);
        assertThat(s.matched()).hasSize(3);
        assertThat(s.attributes()).extracting(AttributeAgreement::toString)
                .containsExactly("shifted_from 3/3", "shifted_to 3/3", "section 3/3", "refs 2/3");
    }

    @Test
    void aQualifiedNameMatchesTheBareName() {
        KindScore s = score(GoldKind.PROSE_PERFORMANCE, """
                catalyst,metric,qualifier,value,value_max,unit,condition,section,refs
                NiCo2O4 (pristine),FE,,71,,%,neutral sulfate electrolyte,3.2.1,26
                """, """
                review,catalyst,metric,qualifier,value,value_max,unit,condition,section,refs
                r,NiCo₂O₄,FE,,71.0,,%,,3.2.1,26
                """);
        assertThat(s.matched()).hasSize(1);
        assertThat(s.unexpected()).isEmpty();
    }

    @Test
    void duplicatesInTheResultCountAsUnexpected() {
        KindScore s = score(GoldKind.CLASSES, """
                row,catalyst,class,why
                8,Ru-N4/G,single-atom,each Ru atom four-coordinated by N
                """, """
                review,table,row,catalyst,class,reason
                r,1,8,Ru–N4/G,single-atom,first
                r,1,8,Ru–N4/G,single-atom,again
                """);
        assertThat(s.matched()).hasSize(1);
        assertThat(s.unexpected()).hasSize(1);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isEqualTo(0.5);
    }

    @Test
    void numbersCompareByValue() {
        KindScore s = score(GoldKind.COORDINATION, """
                catalyst,motif,central_atoms,coordination_number,coordinating_atoms,axial_ligand,distance_angstrom,section
                Co-N3O1/C,Co-N3O1,Co,3.0,N,,1.93,4.1
                Co-N4/G,Co-N4,Co,4,N,,,4.1
                """, """
                review,catalyst,motif,central_atoms,coordination_number,coordinating_atoms,axial_ligand,distance_angstrom,section
                r,Co–N3O1/C,Co–N3O1,Co,3,N,,1.930,4.1
                r,Co-N4/G,Co-N4,Co,4.5,N,,,4.1
                """);
        assertThat(s.matched()).hasSize(1);
        assertThat(s.missed()).extracting(r -> r.get("catalyst")).containsExactly("Co-N4/G");
        assertThat(s.attributes()).extracting(AttributeAgreement::toString).contains("distance_angstrom 1/1");
    }

    @Test
    void evidenceMatchesTechniquesLooselyButKeepsModeAndCatalyst() {
        KindScore s = score(GoldKind.EVIDENCE, """
                technique,mode,catalyst,shows,section,refs
                EXAFS fitting,,Co-N3O1/C,"Co K-edge: 3.0 N at 1.93 Å",4.1,33
                XANES,operando,Co-N3O1/C,edge moves,4.1; Figure 3a,33
                Raman,in situ,NiCo2O4-x NWs,band persists,3.2.1,26
                """, """
                review,technique,mode,catalyst,observation,section,refs
                r,XANES,,Co-N3O1/C,,4.1,33
                r,extended X-ray absorption fine structure,,Co–N₃O₁/C,,4.1,33
                r,Raman spectroscopy,in situ,NiCo2O4-x NWs,,3.2.1,26
                """);
        assertThat(s.matched()).extracting(m -> m.gold().get("technique")).containsExactly("EXAFS fitting", "Raman");
        assertThat(s.missed()).extracting(r -> r.get("technique")).containsExactly("XANES");
        assertThat(s.unexpected()).extracting(r -> r.get("technique")).containsExactly("XANES");
    }

    @Test
    void queryColumnNamesAreMappedToGoldNames() {
        KindScore s = score(GoldKind.SCREENING, """
                candidates,metals,descriptor,best,limiting_potential_V,mae,validated,section,refs
                150,A1B alloys,d-band centre,Rh1Cu,-0.16,0.09 eV,yes,5.2,53;46;45
                """, """
                review,candidates,metals,descriptor,best,limiting_potential,mae,validated,section,refs
                r,150,,,Rh1Cu,−0.16,0.09 eV,,5.2,45;46;53
                """);
        assertThat(s.matched()).hasSize(1);
        assertThat(s.attributes()).extracting(AttributeAgreement::toString)
                .containsExactly("limiting_potential_V 1/1", "mae 1/1", "section 1/1", "refs 1/1");
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void aGoldFileWithoutAKeyColumnIsRefusedWithItsName() {
        assertThatThrownBy(() -> score(GoldKind.RDS, "catalyst,rds_from\nCu,*NO\n",
                "review,catalyst,rds_from,rds_to\n"))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith("rds.csv:1: a header with the column rds_to");
    }

    @Test
    void nothingFoundForFilledGoldHasZeroPrecision() {
        KindScore s = score(GoldKind.CLASSES, "row,catalyst,class,why\n1,Cu,nanocrystalline,x\n",
                "review,table,row,catalyst,class,reason\n");
        assertThat(s.recall()).isZero();
        assertThat(s.precision()).isZero();
    }
}
