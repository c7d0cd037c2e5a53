package org.nitratekg.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.bench.Benchmark;
import org.nitratekg.server.bench.Timings;
import org.nitratekg.server.io.ReviewFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = "Time convert, load and a text query; prints medians (re-runnable).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--warmup", defaultValue = "5", description = "Unmeasured runs first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "15", description = "Measured runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Parameters(arity = "0..1", paramLabel = "INPUT", description = "Review text file (default: the bundled review).")
    Path input;

    @Override
    public Integer call() {
        ReviewText review = input == null ? ReviewText.bundled() : ReviewFiles.read(input);
        System.out.printf("%-24s %10s %10s %10s   (%d runs after %d warm-up, %s, Java %s)%n",
                "operation", "median ms", "min ms", "max ms", runs, warmup, review.sourceName(), Runtime.version());
        for (Timings t : new Benchmark(review, warmup, Math.max(1, runs)).run()) {
            System.out.printf("%-24s %10.2f %10.2f %10.2f%n", t.name(), t.medianMillis(), t.minMillis(), t.maxMillis());
        }
        return Nkg.OK;
    }
}
