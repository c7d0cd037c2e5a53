package org.nitratekg.server.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Warm conversion of the bundled review (text to Jena model), sampled: JMH prints the median as p0.50. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConvertBenchmark {
    private final ReviewText review = ReviewText.bundled();
    private final ReviewConverter converter = new ReviewConverter();

    @Benchmark
    public long convert() {
        return converter.convert(review).size();
    }
}
