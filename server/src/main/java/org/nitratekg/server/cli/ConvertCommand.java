package org.nitratekg.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.nitratekg.server.io.RdfFiles;
import org.nitratekg.server.io.ReviewInputs;
import org.nitratekg.server.store.ProgressListener;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", description = "Convert review text to RDF (syntax from the output extension).")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Review text files (UTF-8).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output file: .ttl, .nt, .jsonld or .trig.")
    Path output;

    @Override
    public Integer call() {
        RdfFiles.outputFormat(output);
        Model all = ReviewInputs.union(ReviewInputs.convert(inputs, ProgressListener.NONE));
        RdfFiles.write(all, output);
        return Nkg.OK;
    }
}
