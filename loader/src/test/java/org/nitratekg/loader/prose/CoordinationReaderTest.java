package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinationReaderTest {
    private static final String ROW = "?catalyst|?central|?neighbour|?cn|?distance|?axial";
    private static final String SHELL = """
            ?c a nkg:CoordinationShellClaim ; nkg:aboutCatalyst/nkg:printedName ?catalyst ; nkg:centralElement/nkg:symbol ?central ;
               nkg:coordinatingElement/nkg:symbol ?neighbour ; nkg:coordinationNumber ?cn .
            OPTIONAL { ?c nkg:bondDistance ?distance } OPTIONAL { ?c nkg:axialGroup ?axial }
            """;

    @Test
    void fittedNumbersReplaceTheCountsOfTheNameAndDistancesComplete() {
        TestReview r = new TestReview("Co–N3O1/C", "Ni–N2C2/G").paragraph(
                "Replacing one nitrogen of a Co–N₄ centre with oxygen produces Co–N₃O₁/C [33]. EXAFS fitting of the Co K-edge gives "
                + "3.0 ± 0.3 N neighbours at 1.93 Å and 1.1 ± 0.2 O neighbours at 2.05 Å, with no Co–Co contribution.")
                .paragraph("In Ni–N₂C₂/G the Ni–N and Ni–C paths were fitted with coordination numbers of 2.1 ± 0.3 and 1.9 ± 0.4, respectively, "
                + "and the Ni–N distance of 1.89 Å is shorter than in Ni–N₄ references [37].").extract();
        assertThat(r.rows(ROW, SHELL)).containsExactlyInAnyOrder("Co–N3O1/C|Co|N|3.0|1.93|", "Co–N3O1/C|Co|O|1.1|2.05|",
                "Ni–N2C2/G|Ni|N|2.1|1.89|", "Ni–N2C2/G|Ni|C|1.9||");
    }

    @Test
    void aMetalAtTheCentreOfAtomsCountedInWords() {
        TestReview r = new TestReview("FePc-COF").paragraph("FePc-COF, a framework of iron phthalocyanine units, places each Fe at the centre of "
                + "the four isoindole N atoms of a phthalocyanine [12].").extract();
        assertThat(r.rows(ROW, SHELL)).containsExactly("FePc-COF|Fe|N|4||");
    }

    @Test
    void shellsOfPairsAxialLigandsAndSitesSaidOfACatalyst() {
        TestReview r = new TestReview("Fe–N4–OH/C", "Ni–Ru DAC/NC", "Cu–Mn DAC/NC").paragraph(
                "In Fe–N₄–OH/C an OH group occupies the axial position, giving an Fe–O distance of 1.87 Å [35].")
                .paragraph("Ni–Ru DAC/NC contains Ni–N₄ and Ru–N₄ units that sit 4.1 Å apart [40].")
                .paragraph("In Cu–Mn DAC/NC pairs are seen [39]. EXAFS fitting finds an N₃Cu–O–MnN₃ unit; no Cu–Cu path at 2.55 Å is observed.").extract();
        assertThat(r.rows(ROW, SHELL)).containsExactlyInAnyOrder("Fe–N4–OH/C|Fe|N|4||", "Fe–N4–OH/C|Fe|O|1|1.87|OH",
                "Ni–Ru DAC/NC|Ni|N|4||", "Ni–Ru DAC/NC|Ru|N|4||",
                "Cu–Mn DAC/NC|Cu|N|3||", "Cu–Mn DAC/NC|Cu|O|1||", "Cu–Mn DAC/NC|Mn|N|3||", "Cu–Mn DAC/NC|Mn|O|1||");
    }

    @Test
    void scatteringPathsAndAbsentPaths() {
        TestReview r = new TestReview("Pt1Ag SAA NWs", "Ag1/MnO2", "Cu12/g-C3N4").paragraph(
                "For Pt₁Ag SAA NWs, EXAFS shows only Pt–Ag scattering (coordination number 10.6 ± 0.9 at 2.78 Å) and no Pt–Pt path [45]. "
                + "EXAFS fitting of Ag₁/MnO₂ gives an Ag–O coordination number of 3.6 ± 0.4 at 2.31 Å and no Ag–Ag path at 2.89 Å [36]. "
                + "For Cu₁₂/g-C₃N₄, the Cu–Cu coordination number stays at 4.8 ± 0.6 (Cu–Cu 2.52 Å) [43].").extract();
        assertThat(r.rows(ROW, SHELL)).containsExactlyInAnyOrder("Pt1Ag SAA NWs|Pt|Ag|10.6|2.78|", "Ag1/MnO2|Ag|O|3.6|2.31|",
                "Cu12/g-C3N4|Cu|Cu|4.8|2.52|");
    }

    @Test
    void twoShellsOfOneNeighbourAndOxygenNodes() {
        TestReview r = new TestReview("Zr–N5/HCS", "Cu3(ABCD)2 NSs").paragraph("In Zr–N₅/HCS, Zr–N₄ centres bind an axial N [22]. "
                + "EXAFS fitting at the Zr K-edge yields 3.9 ± 0.3 in-plane N neighbours at 1.94 Å.")
                .paragraph("The framework Cu₃(ABCD)₂ contains square-planar CuO₄ nodes, grown as nanosheets (Cu₃(ABCD)₂ NSs) [36].").extract();
        assertThat(r.rows(ROW, SHELL)).containsExactlyInAnyOrder("Zr–N5/HCS|Zr|N|3.9|1.94|", "Cu3(ABCD)2 NSs|Cu|O|4||");
    }
}
