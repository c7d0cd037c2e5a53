package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

/** performance-table on a review whose table has an electrolyte column, another order, and a second table. */
class PerformanceTableQueryTest {
    private static final String REVIEW = """
            Review

            A Test Review of Nitrate Reduction

            Ann Author and Bob Writer

            How To Cite: Author, A.; Writer, B. A Test Review. *Test J.* **2024**, *1*, 3. <https://doi.org/10.5555/tj.2024.3>.

            1. Introduction

            Copper works [1] and so does iron [2].

            Table 1. Supports.

            Support\tRef.
            Carbon\t[1]

            Table 2. Performance.

            Ref.\tElectrolyte\tCatalyst\tFE (%)\tYield (μmol h⁻¹ cm⁻²)\tPotential (V vs. RHE)
            [1]\t0.1 M KNO_3\tCu–N_4\t95 ± 2\t120\t−0.4
            [2]\t—\tFe_1 /C\t>90\t—\t−60 mA cm^{-2}

            References

            1. Author, A. Copper. *Test J.* **2020**, *1*, 1–2.
            2. Writer, B. Iron. *Test J.* **2021**, *2*, 3–4.
            """;

    @Test
    void listsOnlyPerformanceRowsWithTheirElectrolyte() {
        Model model = new ReviewConverter().convert(new ReviewText("test-review.txt", REVIEW));
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(model)
                .query(NamedQueries.text("performance-table").orElseThrow()).build()) {
            exec.execSelect().forEachRemaining(s -> {
                List<String> cells = new ArrayList<>();
                for (String v : List.of("table", "row", "catalyst", "electrolyte", "condition_value", "condition_unit",
                        "condition_ref_electrode", "fe_value", "fe_plusminus", "fe_qualifier", "yield_value",
                        "yield_plusminus", "yield_unit", "ref")) {
                    RDFNode n = s.get(v);
                    cells.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(String.join(",", cells));
            });
        }
        assertThat(rows).containsExactly(
                "2,1,Cu–N4,0.1 M KNO3,-0.4,V,RHE,95,2,,120,,umol h-1 cm-2,1",
                "2,2,Fe1/C,,-60,mA cm-2,,90,,>,,,,2");
    }
}
