package org.provisionlens.jobs.generate;

import java.io.PrintStream;

/** A one-line progress bar for runs over many LAs, redrawn in place; silent for a single LA. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private final boolean shown;
    private int done;

    ProgressBar(PrintStream out, int total, boolean shown) {
        this.out = out;
        this.total = total;
        this.shown = shown;
    }

    void step(String label) {
        done++;
        if (!shown) {
            return;
        }
        int filled = done * WIDTH / total;
        String name = label.length() > 28 ? label.substring(0, 28) : label;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + (done * 100 / total) + "% " + done
                + "/" + total + " " + name + " ".repeat(28 - name.length()));
        out.flush();
    }

    void done() {
        if (shown) {
            out.println();
        }
    }
}
