package org.nitratekg.server.http.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finished query responses kept in memory, at most {@code maxBytes} of bodies in all: adding one past the bound drops
 * the least recently used ones first, and a response larger than the whole bound is never kept. Thread-safe.
 */
public final class ResultCache {
    /** A response as it was sent: its headers (Content-Type among them) and its body. */
    public record Entry(List<Map.Entry<String, String>> headers, byte[] body) {}

    private final long maxBytes;
    private final LinkedHashMap<ResultKey, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public ResultCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("cache size must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public synchronized Optional<Entry> get(ResultKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    public synchronized void put(ResultKey key, Entry entry) {
        if (entry.body().length > maxBytes) {
            return;
        }
        Entry old = entries.put(key, entry);
        bytes += entry.body().length - (old == null ? 0 : old.body().length);
        for (Iterator<Entry> eldest = entries.values().iterator(); bytes > maxBytes && eldest.hasNext(); ) {
            bytes -= eldest.next().body().length;
            eldest.remove();
        }
    }

    /** Forgets every response, e.g. after the data changed. */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return entries.size();
    }
}
