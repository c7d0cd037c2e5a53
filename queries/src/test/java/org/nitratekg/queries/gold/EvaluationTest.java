package org.nitratekg.queries.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nitratekg.queries.gold.Evaluation.CsvText;
import org.nitratekg.queries.gold.Evaluation.Outcome;
import org.nitratekg.queries.gold.Evaluation.Status;

class EvaluationTest {
    private static final String REFERENCES_GOLD = """
            number,first_author_surname,year,journal,volume,first_page_or_article,title
            1,Kitano,2012,Nat. Chem.,4,934,Ammonia synthesis
            2,Fryzuk,2004,Nature,427,498,Ammonia transformed
            """;
    private static final String REFERENCES_FOUND = """
            review,number,first_author_surname,year,journal,volume,first_page_or_article,title,doi
            r,1,Kitano,2012,Nat. Chem.,4,934,Ammonia synthesis,
            r,2,Fryzuk,2004,Nature,427,499,Ammonia transformed,
            r,3,Guo,2017,Chem,3,709,Catalyst,
            """;

    private final List<Outcome> outcomes = Evaluation.evaluate(List.of(GoldKind.REFERENCES, GoldKind.RDS, GoldKind.TABLE),
            kind -> switch (kind) {
                case REFERENCES -> Optional.of(new CsvText("gold/references.csv", REFERENCES_GOLD));
                case RDS -> Optional.of(new CsvText("gold/rds.csv", "catalyst,rds_from,rds_to\nCu,*NO,*NOH\n"));
                default -> Optional.empty();
            },
            query -> query.equals("references") ? Optional.of(new CsvText(query, REFERENCES_FOUND)) : Optional.empty());

    @Test
    void eachKindIsScoredOrSaysWhyNot() {
        assertThat(outcomes).extracting(Outcome::status).containsExactly(Status.SCORED, Status.NO_QUERY, Status.NO_GOLD);
        KindScore references = outcomes.getFirst().score().orElseThrow();
        assertThat(references.recall()).isEqualTo(1.0);
        assertThat(references.precision()).isEqualTo(2.0 / 3);
        assertThat(outcomes.get(1).goldRows()).isEqualTo(1);
    }

    @Test
    void theReportHasALinePerKindAndListsRowsOnRequest() {
        List<String> brief = ScoreReport.lines(outcomes, false);
        assertThat(brief.getFirst()).contains("kind", "gold", "found", "matched", "recall", "precision");
        assertThat(brief).anySatisfy(l -> assertThat(l).startsWith("references").contains("100.0%", "66.7%",
                "first_page_or_article 1/2", "title 2/2"));
        assertThat(brief).anySatisfy(l -> assertThat(l).startsWith("rds").contains("rate-determining-steps", "no query"));
        assertThat(brief).contains("skipped, no gold file: table.csv");
        assertThat(brief).noneMatch(l -> l.contains("unexpected"));

        List<String> verbose = ScoreReport.lines(outcomes, true);
        assertThat(verbose).contains("references: 0 missed, 1 unexpected");
        assertThat(verbose).anySatisfy(l -> assertThat(l).startsWith("  unexpected  references:4  number=3"));
    }
}
