package org.nitratekg.server.hardening;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * A string that a regular expression reads through, and that stops the reading once its query is cancelled.
 * {@code java.util.regex} never checks for cancellation itself, and a backtracking pattern such as
 * {@code ((.*)*)*x} can read a 35-character string for hours; it does read every character through
 * {@link #charAt}, so checking the query's cancel signal there (every few thousand reads) ends the match when the
 * query's time is up, whatever the pattern.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int untilCheck = CHECK_EVERY;

    private CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    /** The text, checking the cancel signal of the query that {@code env} evaluates (if it has one). */
    static CharSequence of(String text, FunctionEnv env) {
        AtomicBoolean signal = env instanceof ExecutionContext exec ? exec.getCancelSignal() : null;
        if (signal == null && env != null) {
            signal = Context.getCancelSignal(env.getContext());
        }
        return signal == null ? text : new CancellableText(text, signal);
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
