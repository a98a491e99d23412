package org.provisionlens.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** {@link RunCache}: least recently used out first, one build per key under concurrent callers, failures not kept. */
class RunCacheTests {

    @Test
    void atCapacityTheLeastRecentlyUsedKeyGoesFirst() {
        RunCache<String> cache = new RunCache<>(2);
        AtomicInteger builds = new AtomicInteger();

        assertThat(cache.get(1, () -> "run 1 #" + builds.incrementAndGet())).isEqualTo("run 1 #1");
        assertThat(cache.get(2, () -> "run 2 #" + builds.incrementAndGet())).isEqualTo("run 2 #2");
        // reading 1 makes 2 the least recently used
        assertThat(cache.get(1, () -> "run 1 #" + builds.incrementAndGet())).isEqualTo("run 1 #1");
        assertThat(cache.get(3, () -> "run 3 #" + builds.incrementAndGet())).isEqualTo("run 3 #3");
        assertThat(builds).hasValue(3);
        assertThat(cache.size()).isEqualTo(2);

        // 1 and 3 are kept (no build), 2 went and is built again (the fourth build)
        assertThat(cache.get(1, () -> "run 1 #" + builds.incrementAndGet())).isEqualTo("run 1 #1");
        assertThat(cache.get(3, () -> "run 3 #" + builds.incrementAndGet())).isEqualTo("run 3 #3");
        assertThat(builds).hasValue(3);
        assertThat(cache.get(2, () -> "run 2 #" + builds.incrementAndGet())).isEqualTo("run 2 #4");
        assertThat(builds).hasValue(4);
        // building 2 again pushed out 1 (3 was read after 1)
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(3, () -> "run 3 #" + builds.incrementAndGet())).isEqualTo("run 3 #3");
        assertThat(cache.get(1, () -> "run 1 #" + builds.incrementAndGet())).isEqualTo("run 1 #5");
    }

    @Test
    void keysWithinARunAreSeparateEntries() {
        RunCache<String> cache = new RunCache<>(4);
        AtomicInteger builds = new AtomicInteger();

        assertThat(cache.get(7, "heat map", () -> "map #" + builds.incrementAndGet()))
                .isEqualTo("map #1");
        assertThat(cache.get(7, "series", () -> "series #" + builds.incrementAndGet()))
                .isEqualTo("series #2");
        assertThat(cache.get(8, "heat map", () -> "map #" + builds.incrementAndGet()))
                .isEqualTo("map #3");
        assertThat(cache.get(7, "heat map", () -> "map #" + builds.incrementAndGet()))
                .isEqualTo("map #1");
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void eightThreadsAskingForOneKeyAtOnceBuildItOnce() throws Exception {
        RunCache<String> cache = new RunCache<>(8);
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(8);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        Queue<Thread> workers = new ConcurrentLinkedQueue<>();
        try {
            List<Future<String>> values = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                values.add(threads.submit(() -> {
                    workers.add(Thread.currentThread());
                    ready.countDown();
                    start.await();
                    return cache.get(42, "report", () -> {
                        int build = builds.incrementAndGet();
                        othersWaiting(workers);
                        return "report of run 42, build " + build;
                    });
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            for (Future<String> value : values) {
                assertThat(value.get(30, TimeUnit.SECONDS)).isEqualTo("report of run 42, build 1");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(builds).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    /** Holds the build until the other seven callers wait on it (at most 30 s, so a broken cache fails, not hangs). */
    private static void othersWaiting(Queue<Thread> workers) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline
                && workers.stream()
                                .filter(t -> t != Thread.currentThread())
                                .filter(t -> t.getState() == Thread.State.BLOCKED)
                                .count()
                        < 7) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void aFailedBuildReachesTheCallerAndIsNotKept() {
        RunCache<String> cache = new RunCache<>(2);
        AtomicInteger builds = new AtomicInteger();

        assertThatThrownBy(() -> cache.get(5, () -> {
                    builds.incrementAndGet();
                    throw new IllegalStateException("the database went away");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
        assertThat(cache.size()).isZero();

        // the next caller builds again, and that value is kept
        assertThat(cache.get(5, () -> "run 5 #" + builds.incrementAndGet())).isEqualTo("run 5 #2");
        assertThat(cache.get(5, () -> "run 5 #" + builds.incrementAndGet())).isEqualTo("run 5 #2");
        assertThat(builds).hasValue(2);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new RunCache<String>(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximumSize must be at least 1, was 0");
    }
}
