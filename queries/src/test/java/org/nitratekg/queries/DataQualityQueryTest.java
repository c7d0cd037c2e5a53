package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.loader.quality.DataQualityReport;
import org.nitratekg.loader.quality.FindingKind;

/** The data-quality named query lists the same findings as the loader's report (bar the text-citation check). */
class DataQualityQueryTest {

    @Test
    void namedQueryAgreesWithTheReport() {
        Model model = new ReviewConverter().convert(ReviewText.bundled());
        Set<String> fromQuery = new TreeSet<>();
        try (QueryExecution exec = QueryExecution.model(model).query(NamedQueries.text("data-quality").orElseThrow())
                .build()) {
            exec.execSelect().forEachRemaining(r -> fromQuery.add(
                    r.getLiteral("kind").getString() + " " + r.getResource("subject").getURI()));
        }
        Set<String> fromReport = new TreeSet<>();
        DataQualityReport.of(model).findings().stream()
                .filter(f -> f.kind() != FindingKind.CATALYST_CITED_DIFFERENTLY_IN_TEXT)
                .forEach(f -> fromReport.add(f.kind().label() + " " + f.subject()));
        assertThat(fromQuery).isNotEmpty().isEqualTo(fromReport);
        assertThat(fromQuery).anyMatch(s -> s.startsWith("implausible-magnitude"))
                .anyMatch(s -> s.startsWith("potential-not-vs-rhe"));
    }
}
