package org.provisionlens.dashboards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the pages build from one published run (query results, tables, charts), kept by run id and a key within the
 * run. A published run never changes after it is published (its rows are written in the one transaction that
 * publishes it, and nothing updates them), so anything derived only from a run id stays right for as long as it is
 * kept; a newly published run has a new id, and its LA's pages ask for it. Never for what can change under a run:
 * comment responses, held comments' status, proposals (their text is part of the key instead), runs' status.
 *
 * <p>Bounded: the least recently used entries go first once {@code maximumSize} is reached (a national database has
 * about 150 published runs, so the bound is per page-kind, not per run). Concurrent callers of the same key wait for
 * the first one's value rather than building it again; a failed build is not kept.
 */
public final class RunCache<V> {

    private final int maximumSize;
    private final Map<Key, Slot<V>> slots;

    public RunCache(int maximumSize) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1, was " + maximumSize);
        }
        this.maximumSize = maximumSize;
        this.slots = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Slot<V>> eldest) {
                return size() > RunCache.this.maximumSize;
            }
        };
    }

    /** The value of {@code key} within the published run {@code runId}, built by {@code build} on first use. */
    public V get(long runId, Object key, Supplier<V> build) {
        Key k = new Key(runId, key);
        Slot<V> slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(k, ignored -> new Slot<>());
        }
        try {
            return slot.value(build);
        } catch (RuntimeException | Error e) {
            synchronized (slots) {
                slots.remove(k, slot);
            }
            throw e;
        }
    }

    /** {@link #get(long, Object, Supplier)} for what a run has only one of. */
    public V get(long runId, Supplier<V> build) {
        return get(runId, "", build);
    }

    public int size() {
        synchronized (slots) {
            return slots.size();
        }
    }

    private record Key(long runId, Object key) {
        Key {
            Objects.requireNonNull(key, "key");
        }
    }

    private static final class Slot<V> {
        private V value;
        private boolean built;

        synchronized V value(Supplier<V> build) {
            if (!built) {
                value = build.get();
                built = true;
            }
            return value;
        }
    }
}
