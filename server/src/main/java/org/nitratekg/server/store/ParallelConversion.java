package org.nitratekg.server.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;

/**
 * Converts inputs on all cores and hands the models out in input order, with at most a few converted ahead of the
 * one being written: memory holds a window of reviews, never the whole corpus. Closing it stops the workers.
 */
public final class ParallelConversion<T> implements Iterator<Model>, AutoCloseable {
    private final Iterator<T> inputs;
    private final Function<T, Model> convert;
    private final ExecutorService workers;
    private final Deque<Future<Model>> window = new ArrayDeque<>();
    private final int ahead;

    public ParallelConversion(List<T> inputs, Function<T, Model> convert, int threads) {
        this.inputs = inputs.iterator();
        this.convert = convert;
        int n = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "nkg-convert");
            t.setDaemon(true);
            return t;
        });
        // enough queued that a core never waits for the writer, few enough to keep memory bounded
        this.ahead = 2 * n;
        fill();
    }

    /** One worker per core, the writer being mostly I/O-bound. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private void fill() {
        while (window.size() < ahead && inputs.hasNext()) {
            T input = inputs.next();
            window.add(workers.submit(() -> convert.apply(input)));
        }
    }

    @Override
    public boolean hasNext() {
        return !window.isEmpty();
    }

    /** The next model in input order; a conversion's failure (bad input) is rethrown as it was thrown. */
    @Override
    public Model next() {
        if (window.isEmpty()) throw new NoSuchElementException();
        Future<Model> head = window.removeFirst();
        try {
            Model model = head.get();
            fill();
            return model;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        window.forEach(f -> f.cancel(true));
        window.clear();
        workers.shutdownNow();
    }
}
