package org.nitratekg.server.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewFormatException;

class StrictUtf8Test {

    @Test
    void decodesUtf8AndDropsTheByteOrderMark() {
        byte[] text = "\uFEFFCu–N₃ sites".getBytes(StandardCharsets.UTF_8);
        assertThat(StrictUtf8.decode(text, "r.txt")).isEqualTo("Cu–N₃ sites");
    }

    @Test
    void malformedBytesAreRefusedWithTheirLine() {
        byte[] text = {'a', '\n', 'b', '\n', 'c', (byte) 0xC3, '(', '\n'};
        assertThatThrownBy(() -> StrictUtf8.decode(text, "r.txt"))
                .isInstanceOf(ReviewFormatException.class)
                .hasMessageStartingWith("r.txt:3: UTF-8 text");
    }

    @Test
    void latin1IsNotMistakenForUtf8() {
        byte[] latin1 = "line one\nNi–Fe caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictUtf8.decode(latin1, "old.txt")).hasMessageStartingWith("old.txt:2:");
    }
}
