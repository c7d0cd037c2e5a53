package org.nitratekg.server.text;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences Lucene's advice, printed when it first opens an index, to enable the incubating vector API: noise for a
 * text index of this size, and a warning on the command line and in the build.
 */
public final class LuceneAdvice {
    /** Held so the setting sticks: java.util.logging keeps loggers only weakly. */
    private static final Logger VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private LuceneAdvice() {}

    public static void silence() {
        VECTORS.setLevel(Level.SEVERE);
    }
}
