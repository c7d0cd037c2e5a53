package org.nitratekg.server.store;

/** Told how far a load has got; {@link #NONE} for callers that do not show progress. */
public interface ProgressListener {
    ProgressListener NONE = (done, total, stage) -> {};

    /** {@code done} of {@code total} units of work, in the named stage. */
    void progress(long done, long total, String stage);
}
