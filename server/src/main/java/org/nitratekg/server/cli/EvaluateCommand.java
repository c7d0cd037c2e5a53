package org.nitratekg.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.nitratekg.queries.NamedQueries;
import org.nitratekg.queries.gold.Evaluation;
import org.nitratekg.queries.gold.Evaluation.CsvText;
import org.nitratekg.queries.gold.GoldFormatException;
import org.nitratekg.queries.gold.GoldKind;
import org.nitratekg.queries.gold.ScoreReport;
import org.nitratekg.server.io.BadInputException;
import org.nitratekg.server.io.QueryRunner;
import org.nitratekg.server.io.QuerySource;
import org.nitratekg.server.io.ResultFormat;
import org.nitratekg.server.io.ReviewInputs;
import org.nitratekg.server.io.StrictUtf8;
import org.nitratekg.server.store.ProgressListener;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts one review and scores the named queries' results on it against hand-made gold CSV files. */
@Command(name = "evaluate",
        description = {"Convert a review and score the named queries on it against gold CSV files: recall, precision "
                + "and attribute agreement per kind of fact. Kinds (gold file -> named query):",
                "  table.csv             -> performance-table",
                "  references.csv        -> references",
                "  scaling.csv           -> scaling-relation-claims",
                "  rds.csv               -> rate-determining-steps",
                "  evidence.csv          -> characterization-evidence",
                "  coordination.csv      -> coordination",
                "  classes.csv           -> catalyst-classes",
                "  prose_performance.csv -> prose-performance",
                "  screening.csv         -> screening",
                "A kind without a gold file is skipped; one whose query does not exist is shown as 'no query'."},
        footer = {"",
                "Matching: a found row matches a gold row when their key columns agree. Each gold row and each found "
                + "row is matched at most once (greedily, in gold order), so a fact found twice counts once as "
                + "unexpected. Other columns are compared only between matched rows and shown as attribute agreement "
                + "(e.g. refs 10/12); free text (what evidence shows, why a class, a condition's wording) is not "
                + "compared.",
                "",
                "Key columns: table: row, catalyst, condition_value, fe_value, yield_value, yield_unit. references: "
                + "number, first_author_surname, year. scaling: subject, the intermediate pair (either order), status "
                + "true/false/hedged (the query's hedged=true means hedged, else its breaks). rds: catalyst, rds_from, "
                + "rds_to. evidence: technique, mode, catalyst. coordination: catalyst, central_atoms, "
                + "coordinating_atoms, coordination_number. classes: catalyst, class. prose_performance: catalyst, "
                + "metric, value. screening: best, candidates.",
                "",
                "Names are compared after Unicode NFKC, with sub- and superscripts as plain digits, every dash and "
                + "minus as '-', no spaces around '-' and '/', single spaces, in any case. A trailing qualifier in "
                + "parentheses (' (pristine)') is dropped from a catalyst, and a gold catalyst that is '(generic)' or "
                + "ends in '(generic)' also matches an empty one (a general statement). Intermediates ignore spaces "
                + "(*NO3; NO3-, NO₃⁻); units ignore '_' and read µ as u; numbers compare by value (3.0 = 3); sections "
                + "by their first item before ';'; refs as a set.",
                "",
                "Techniques match loosely. Both names are split on spaces and hyphens. If both carry acronyms "
                + "(all-capital tokens of two letters or more, plus Raman, or the initials of a spelled-out name) they "
                + "match when the acronyms meet, so EXAFS, XANES and XAS stay apart; otherwise when one name's words "
                + "include the other's. 'EXAFS fitting' = EXAFS, 'DMPO spin-trapping EPR' = EPR, 'Raman "
                + "spectroscopy' = Raman.",
                "",
                "Gold and query column names that differ: shows = observation, why = reason, limiting_potential_V = "
                + "limiting_potential. The query's leading review column is not compared."})
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "Review text file (UTF-8).")
    Path input;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Directory of gold CSV files (table.csv, references.csv, …).")
    Path goldDir;

    @Option(names = "--kind", split = ",", paramLabel = "K",
            description = "Only these kinds (gold file name or query name); repeatable or comma-separated.")
    List<String> kinds = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "List the missed and unexpected rows of each kind.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Set<GoldKind> selected = selectedKinds();
        checkGoldDirectory(selected);
        Model review = ReviewInputs.union(ReviewInputs.convert(List.of(input), ProgressListener.NONE));
        DatasetGraph dataset = DatasetGraphFactory.wrap(review.getGraph());
        List<Evaluation.Outcome> outcomes;
        try {
            outcomes = Evaluation.evaluate(selected, this::goldFile, name -> run(dataset, name));
        } catch (GoldFormatException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        ScoreReport.lines(outcomes, verbose).forEach(out::println);
        out.flush();
        return Nkg.OK;
    }

    private Set<GoldKind> selectedKinds() {
        if (kinds.isEmpty()) {
            return new LinkedHashSet<>(Arrays.asList(GoldKind.values()));
        }
        Set<GoldKind> selected = new LinkedHashSet<>();
        for (String name : kinds) {
            selected.add(GoldKind.named(name).orElseThrow(() -> new BadInputException("--kind " + name + ": one of "
                    + Arrays.stream(GoldKind.values()).map(GoldKind::kindName).collect(Collectors.joining(", ")))));
        }
        return selected;
    }

    private void checkGoldDirectory(Set<GoldKind> selected) {
        if (!Files.isDirectory(goldDir)) {
            throw new BadInputException(goldDir + ":1: a directory of gold CSV files, found none");
        }
        if (selected.stream().noneMatch(k -> Files.isRegularFile(goldDir.resolve(k.goldFile())))) {
            throw new BadInputException(goldDir + ":1: a gold directory with at least one of "
                    + selected.stream().map(GoldKind::goldFile).collect(Collectors.joining(", ")) + ", found none");
        }
    }

    private Optional<CsvText> goldFile(GoldKind kind) {
        Path file = goldDir.resolve(kind.goldFile());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CsvText(file.toString(), StrictUtf8.decode(Files.readAllBytes(file), file.toString())));
        } catch (IOException e) {
            throw new BadInputException(file + ":1: a readable gold CSV file (" + e.getMessage() + ")");
        }
    }

    /** The CSV result of a named query on the converted review, or empty when the library has no such query. */
    private static Optional<CsvText> run(DatasetGraph dataset, String queryName) {
        return NamedQueries.text(queryName).map(text -> {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            QueryRunner.run(dataset, new QuerySource(queryName, text), ResultFormat.CSV, csv);
            return new CsvText(queryName, csv.toString(StandardCharsets.UTF_8));
        });
    }
}
