package org.nitratekg.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.nitratekg.loader.quality.DataQualityReport;
import org.nitratekg.loader.quality.Finding;
import org.nitratekg.server.io.ReviewInputs;
import org.nitratekg.server.store.ProgressListener;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Converts reviews and lists what a researcher should check before trusting their figures. */
@Command(name = "report", description = "Data-quality report of review text: odd units, unconvertible yields, "
        + "potentials not vs RHE, citation mismatches, implausible magnitudes. Prints kind, subject, detail as TSV.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Review text files (UTF-8).")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Model all = ReviewInputs.union(ReviewInputs.convert(inputs, ProgressListener.NONE));
        PrintWriter out = spec.commandLine().getOut();
        out.println("kind\tsubject\tdetail");
        for (Finding f : DataQualityReport.of(all).findings()) {
            out.println(f.kind().label() + "\t" + f.subject() + "\t" + f.detail().replace('\t', ' ').replace('\n', ' '));
        }
        out.flush();
        return Nkg.OK;
    }
}
