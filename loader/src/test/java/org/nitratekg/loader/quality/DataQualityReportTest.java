package org.nitratekg.loader.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

class DataQualityReportTest {
    private static final String ROW = "https://w3id.org/nitrate-kg/id/review/testchem-2024-000007/table/1/row/";
    private static DataQualityReport report;
    private static DataQualityReport bundled;

    @BeforeAll
    static void convert() throws Exception {
        byte[] input = Files.readAllBytes(Path.of("src/test/resources/cases/table-variations/input.txt"));
        Model model = new ReviewConverter().convert(org.nitratekg.loader.read.SourceReader.decode("table-variations", input));
        report = DataQualityReport.of(model);
        bundled = DataQualityReport.of(new ReviewConverter().convert(ReviewText.bundled()));
    }

    @Test
    void potentialsAgainstOtherElectrodesAreListed() {
        assertThat(report.findings(FindingKind.POTENTIAL_NOT_VS_RHE)).extracting(Finding::subject)
                .containsExactlyInAnyOrder(ROW + "3/condition", ROW + "5/condition");
        assertThat(report.findings(FindingKind.POTENTIAL_NOT_VS_RHE)).extracting(Finding::detail)
                .contains("-1.2 V vs. Ag/AgCl", "0.5 V vs. SCE");
    }

    @Test
    void aCurrentDensityInAPotentialColumnIsListed() {
        assertThat(report.findings(FindingKind.CURRENT_DENSITY_IN_POTENTIAL_COLUMN)).extracting(Finding::subject)
                .containsExactly(ROW + "4/condition");
    }

    @Test
    void theBundledReviewsUnitWithoutNumeratorAndUnconvertibleYieldsAreListedWithReasons() {
        assertThat(bundled.findings(FindingKind.UNIT_WITHOUT_NUMERATOR)).hasSize(1);
        assertThat(bundled.findings(FindingKind.UNIT_WITHOUT_NUMERATOR).getFirst().detail()).contains("h-1 mgcat-1");
        assertThat(bundled.findings(FindingKind.UNCONVERTIBLE_YIELD)).extracting(Finding::detail)
                .anyMatch(d -> d.startsWith("mgN h-1 gCu-1: ") && d.contains("mass of Cu"))
                .anyMatch(d -> d.startsWith("h-1 mgcat-1: ") && d.contains("no numerator"));
    }

    @Test
    void oneReferenceCitedForTwoCatalystsIsListed() {
        assertThat(bundled.findings(FindingKind.REFERENCE_FOR_TWO_CATALYSTS)).extracting(Finding::detail)
                .containsExactly("cited for CoN4 | NiSA@BNG");
    }

    @Test
    void implausibleYieldsAreListed() {
        assertThat(DataQualityReport.impliedPartialCurrent(new BigDecimal("102")).doubleValue()).isBetween(1.28, 1.29);
        assertThat(bundled.findings(FindingKind.IMPLAUSIBLE_MAGNITUDE)).extracting(Finding::detail)
                .anyMatch(d -> d.startsWith("102 mg NH3 h-1 cm-2 implies"))
                .noneMatch(d -> d.startsWith("9.397 "));
    }

    @Test
    void findingsAreInAStableOrder() {
        assertThat(DataQualityReport.of(new ReviewConverter().convert(ReviewText.bundled())).findings())
                .isEqualTo(bundled.findings());
    }
}
