package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceFactsTest {
    @Test
    void authorsFollowThePrintedReferenceNotTheAlphabet() {
        String printed = "Liu, H.; Jia, S.; Wu, L.; et al. Circumventing scaling relations. *Angew. Chem. Int. Ed.* **2025**, *64*, e202510478.";
        assertThat(ReferenceFacts.printedOrder(List.of("Jia, S.", "Liu, H.", "Wu, L."), printed))
                .containsExactly("Liu, H.", "Jia, S.", "Wu, L.");
        assertThat(ReferenceFacts.printedOrder(List.of("Zed, A.", "Liu, H."), printed)).containsExactly("Liu, H.", "Zed, A.");
    }
}
