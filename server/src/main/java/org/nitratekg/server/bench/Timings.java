package org.nitratekg.server.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Repeated wall-clock measurements of one operation, summarised by their median (robust to a slow outlier). */
public record Timings(String name, long[] nanos) {

    /** Runs {@code op} {@code warmup} times unmeasured, then {@code runs} times measured. */
    public static Timings measure(String name, int warmup, int runs, LongSupplier op) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += op.getAsLong();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += op.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return new Timings(name, nanos);
    }

    public double medianMillis() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return median / 1e6;
    }

    public double minMillis() {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    public double maxMillis() {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
