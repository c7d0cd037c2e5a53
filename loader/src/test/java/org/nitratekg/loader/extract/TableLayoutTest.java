package org.nitratekg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableLayoutTest {

    @Test
    void findsRolesWhateverTheColumnOrder() {
        TableLayout layout = TableLayout.of(List.of("Ref.", "Catalyst", "Electrolyte", "FE (%)",
                "Yield (mg h-1 cm-2)", "E (V vs. RHE)"));
        assertThat(layout.columns()).extracting(Column::role).containsExactly(ColumnRole.REFERENCE,
                ColumnRole.CATALYST, ColumnRole.ELECTROLYTE, ColumnRole.FARADAIC_EFFICIENCY, ColumnRole.YIELD,
                ColumnRole.CONDITION);
        assertThat(layout.find(ColumnRole.YIELD).orElseThrow().headerUnit()).isEqualTo("mg h-1 cm-2");
        assertThat(layout.find(ColumnRole.CONDITION).orElseThrow().headerUnit()).isEqualTo("V");
        assertThat(layout.find(ColumnRole.CONDITION).orElseThrow().headerElectrode()).isEqualTo("RHE");
        assertThat(layout.isPerformanceTable()).isTrue();
    }

    @Test
    void aTableWithoutCatalystAndPerformanceColumnsIsNotAPerformanceTable() {
        assertThat(TableLayout.of(List.of("Technique", "Information", "Ref.")).isPerformanceTable()).isFalse();
        assertThat(TableLayout.of(List.of("Catalyst", "Support", "Ref.")).isPerformanceTable()).isFalse();
    }

    @Test
    void namesReferenceElectrodesInTheirShortForm() {
        assertThat(TableLayout.electrode("Potential (vs. RHE)")).contains("RHE");
        assertThat(TableLayout.electrode("E (V vs. Ag/AgCl, sat. KCl)")).contains("Ag/AgCl");
        assertThat(TableLayout.electrode("potentials versus saturated calomel electrode")).contains("SCE");
        assertThat(TableLayout.electrode("Potential/V vs. Hg/HgO")).contains("Hg/HgO");
        assertThat(TableLayout.electrode("Potential (V)")).isEmpty();
    }

    @Test
    void aCurrentDensityColumnDefaultsToMilliampsPerSquareCentimetre() {
        TableLayout layout = TableLayout.of(List.of("Catalyst", "Current density", "FE"));
        assertThat(layout.find(ColumnRole.CONDITION).orElseThrow().headerUnit()).isEqualTo("mA cm-2");
    }

    @Test
    void columnsThatOnlyLookLikeAPerformanceFigureDoNotTakeItsRole() {
        TableLayout layout = TableLayout.of(List.of("Catalyst", "Reference electrode", "NH3 partial current density (mA cm-2)",
                "Energy efficiency (%)", "Potential (V)", "FE (%)", "Ref."));
        assertThat(layout.columns()).extracting(Column::role).containsExactly(ColumnRole.CATALYST,
                ColumnRole.REFERENCE_ELECTRODE, ColumnRole.OTHER, ColumnRole.OTHER, ColumnRole.CONDITION,
                ColumnRole.FARADAIC_EFFICIENCY,
                ColumnRole.REFERENCE);
    }
}
