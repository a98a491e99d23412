package org.provisionlens.jobs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.provisionlens.jobs.run.StageClock;

/** Reads the stage times a run writes ({@code -Dprovision-lens.stage-times}, see {@link StageClock}). */
final class StageTimes {

    static final String HEADER = "stage,seconds,peak_resident_mb,peak_heap_mb";

    private StageTimes() {}

    static List<StageClock.Stage> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The stages in the file's order; a clear message naming the line when the CSV is not what a run writes. */
    static List<StageClock.Stage> parse(String csv, String source) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new IllegalArgumentException(source + " line 1: expected the header '" + HEADER + "'");
        }
        List<StageClock.Stage> stages = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException(
                        source + " line " + (i + 1) + ": expected 4 fields (" + HEADER + "), found " + f.length);
            }
            try {
                stages.add(new StageClock.Stage(
                        f[0].trim(),
                        Double.parseDouble(f[1].trim()),
                        Double.parseDouble(f[2].trim()),
                        Double.parseDouble(f[3].trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        source + " line " + (i + 1) + ": seconds and megabytes must be numbers: " + lines.get(i));
            }
        }
        return List.copyOf(stages);
    }
}
