package org.nitratekg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CaptionPanelsTest {

    @Test
    void splitsACaptionAtItsPanelLabels() {
        String caption = "Figure 4. (a) Structure of the site. (b,c) Spectra [3]. (d) Free energy (see (i) below).";
        List<CaptionPanels.Panel> panels = CaptionPanels.split(caption);
        assertThat(panels).extracting(CaptionPanels.Panel::labels)
                .containsExactly(List.of("a"), List.of("b", "c"), List.of("d"));
        CaptionPanels.Panel bc = panels.get(1);
        assertThat(caption.substring(bc.start(), bc.end()).strip()).isEqualTo("(b,c) Spectra [3].");
    }

    @Test
    void aCaptionWithoutLabelsHasNoPanels() {
        assertThat(CaptionPanels.split("Figure 2. An overview of the review.")).isEmpty();
    }
}
