package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void rendersProportionally() {
        assertThat(ProgressBar.render(0, 10, "storing")).startsWith("[" + "-".repeat(30) + "]   0%");
        assertThat(ProgressBar.render(5, 10, "storing")).startsWith("[" + "#".repeat(15) + "-".repeat(15) + "]  50%");
        assertThat(ProgressBar.render(10, 10, "storing")).isEqualTo("[" + "#".repeat(30) + "] 100%  10/10  storing");
        assertThat(ProgressBar.render(0, 0, "nothing")).contains("100%");
    }
}
