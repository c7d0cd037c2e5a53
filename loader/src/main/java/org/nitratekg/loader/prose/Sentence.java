package org.nitratekg.loader.prose;

import java.util.List;

/** One sentence of a passage: its plain text, its position among the passage's sentences and the references it cites. */
record Sentence(String text, int index, List<Integer> citations) {
    boolean cites() {
        return !citations.isEmpty();
    }
}
