package org.nitratekg.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.io.ReviewFiles;
import org.nitratekg.server.synth.SyntheticReview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "synth", description = "Write N distinct synthetic reviews derived from a review (default: the bundled one), for benchmarks at scale.")
final class SynthCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "N", description = "Number of reviews to write.")
    int count;

    @Parameters(index = "1", paramLabel = "DIR", description = "Directory to write synthetic-0001.txt … into (created if new).")
    Path dir;

    @Option(names = "--from", paramLabel = "INPUT", description = "Review to derive them from (default: the bundled review).")
    Path from;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (count < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "N must be at least 1");
        ReviewText base = from == null ? ReviewText.bundled() : ReviewFiles.read(from);
        SyntheticReview synthetic = new SyntheticReview(base);
        try {
            Files.createDirectories(dir);
            for (int n = 1; n <= count; n++) {
                ReviewText variant = synthetic.variant(n);
                Files.writeString(dir.resolve(variant.sourceName()), variant.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println("Wrote " + count + " synthetic review(s) to " + dir);
        return Nkg.OK;
    }
}
