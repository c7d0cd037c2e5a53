package org.nitratekg.server.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.nitratekg.loader.ReviewConverter;

/**
 * {@code GET /compare}: the performance rows of every loaded review in one table (sortable and filterable in the
 * browser, each row with an anchor), with the plots drawn from the same table by {@code compare.js}; {@code
 * /compare.csv}: the same rows as CSV.
 */
final class ComparisonServlet extends HttpServlet {
    static final String PATH = "/compare";

    private final transient DatasetGraph dataset;

    ComparisonServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    record Model(List<PerformanceRows.Row> rows, List<String> classes, List<String> metals, List<String> electrolytes,
                 List<String> yieldUnits) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PerformanceRows.Row> rows = Txn.calculateRead(dataset, () -> {
            Graph visible = new Union(dataset.getDefaultGraph(), dataset.getUnionGraph());
            return PerformanceRows.all(visible);
        });
        if (request.getServletPath().endsWith(".csv")) {
            PerformanceRows.writeCsv(rows, response);
            return;
        }
        Model model = new Model(rows, PerformanceRows.distinct(rows, PerformanceRows.Row::classLabel),
                rows.stream().flatMap(r -> r.metals().stream()).distinct().sorted().toList(),
                PerformanceRows.distinct(rows, PerformanceRows.Row::electrolyte),
                PerformanceRows.distinct(rows, PerformanceRows.Row::yieldUnit));
        RdfResponses.html(response, Templates.render("compare", "Compare catalysts", model), RdfResponses.APP_CSP);
    }

    /** The HTML id of a table row's line in the comparison table, from its IRI. */
    static String rowAnchor(String rowIri) {
        String path = rowIri.startsWith(ReviewConverter.DATA_NS) ? rowIri.substring(ReviewConverter.DATA_NS.length()) : rowIri;
        return "row-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
