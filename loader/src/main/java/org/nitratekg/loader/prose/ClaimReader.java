package org.nitratekg.loader.prose;

import org.nitratekg.loader.prose.language.Sentence;

/**
 * One kind of statement the prose makes (a scaling-relation claim, a rate-determining step, a piece of
 * characterization evidence …). The extractor walks every passage sentence by sentence and hands each sentence to
 * every reader; a reader holds only the cues of its own kind and relies on the passage for sentence, clause,
 * citation and antecedent rules.
 */
interface ClaimReader {
    void read(Passage passage, Sentence sentence);

    /** Called once every passage has been read, for readers that gather a statement over several sentences. */
    default void finish() {}
}
