package org.provisionlens.jobs.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What to generate: some LAs or all of England, into a folder, from a seed, with a share of broken rows (0 to 0.5), for
 * an academic year, calibrated on the shared data.
 *
 * @param laCodes the LAs by GSS code, or empty for all of England
 * @param data the public data folder; when null, the project's bundled {@code jobs/calibration-data} or the nearest
 *     {@code shared/data} (see {@link #findData()})
 */
public record GenerateOptions(List<String> laCodes, Path out, long seed, double brokenShare, String year, Path data) {

    public GenerateOptions {
        laCodes = laCodes.stream().map(String::trim).sorted().distinct().toList();
        year = year == null ? "202425" : year;
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        if (brokenShare < 0 || brokenShare > 0.5) {
            throw new IllegalArgumentException("--broken-share must be between 0 and 0.5; it was " + brokenShare);
        }
        if (!year.matches("\\d{6}")
                || Integer.parseInt(year.substring(4)) != (Integer.parseInt(year.substring(2, 4)) + 1) % 100) {
            throw new IllegalArgumentException("--year is an academic year like 202425; it was " + year);
        }
        data = data != null ? data : findData();
    }

    boolean allEngland() {
        return laCodes.isEmpty();
    }

    /** The calendar year the academic year ends in, e.g. 2025 for 202425. */
    int endYear() {
        return Integer.parseInt(year.substring(0, 4)) + 1;
    }

    /** The SEN2 and school census reference date, the third Thursday of January (16 January 2025). */
    LocalDate snapshot() {
        LocalDate first = LocalDate.of(endYear(), 1, 1);
        int toThursday = (4 - first.getDayOfWeek().getValue() + 7) % 7;
        return first.plusDays(toThursday + 14L);
    }

    /**
     * The public data the generator calibrates on: the copy bundled with the project ({@code jobs/calibration-data}, the
     * files of {@code shared/data} it reads, byte for byte), found from the working directory or a parent of it; else
     * the nearest {@code shared/data}.
     */
    static Path findData() {
        List<Path> dirs = new java.util.ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            dirs.add(dir);
        }
        Stream<Path> bundled = dirs.stream()
                .flatMap(dir -> Stream.of(
                        dir.resolve("calibration-data"), dir.resolve("jobs").resolve("calibration-data")));
        Stream<Path> shared = dirs.stream().map(dir -> dir.resolve("shared").resolve("data"));
        return Stream.concat(bundled, shared)
                .filter(candidate -> Files.isDirectory(candidate.resolve("dfe-ehc-plans-2025")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no calibration data found (jobs/calibration-data or shared/data) from the working directory;"
                                + " give --data"));
    }
}
