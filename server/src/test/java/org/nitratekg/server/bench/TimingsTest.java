package org.nitratekg.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TimingsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(new Timings("x", new long[] {5_000_000, 1_000_000, 3_000_000}).medianMillis()).isEqualTo(3.0);
        assertThat(new Timings("x", new long[] {4_000_000, 1_000_000, 2_000_000, 3_000_000}).medianMillis()).isEqualTo(2.5);
    }

    @Test
    void warmupRunsAreNotMeasured() {
        AtomicInteger calls = new AtomicInteger();
        Timings t = Timings.measure("count", 3, 4, calls::incrementAndGet);
        assertThat(calls).hasValue(7);
        assertThat(t.nanos()).hasSize(4);
        assertThat(t.minMillis()).isLessThanOrEqualTo(t.medianMillis()).isLessThanOrEqualTo(t.maxMillis());
    }
}
