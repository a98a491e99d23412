package org.provisionlens.jobs.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** A progress bar on the terminal, one line per stage, with elapsed time. */
final class Progress {

    private final PrintStream out;
    private final int stages;
    private final Instant start = Instant.now();
    private int done;

    Progress(PrintStream out, int stages) {
        this.out = out;
        this.stages = stages;
    }

    void stage(String name) {
        done++;
        int width = 20;
        int filled = done * width / stages;
        long seconds = Duration.between(start, Instant.now()).toSeconds();
        out.printf(
                "[%s%s] %d/%d %-40s %3ds%n",
                "#".repeat(filled), ".".repeat(width - filled), done, stages, name, seconds);
        out.flush();
    }
}
