package org.provisionlens.jobs.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What to generate: some LAs or all of England, into a folder, from a seed, with a share of broken rows (0 to 0.5), for
 * an academic year, calibrated on the shared data.
 *
 * @param laCodes the LAs by GSS code, or empty for all of England
 * @param data the shared data folder; when null, the nearest {@code shared/data} beside the working directory or one of
 *     its parents
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

    /** The nearest {@code shared/data} folder in the working directory or a parent of it. */
    static Path findData() {
        Optional<Path> found = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("dfe-ehc-plans-2025"))) {
                found = Optional.of(candidate);
            }
        }
        return found.orElseThrow(() ->
                new IllegalArgumentException("no shared/data folder found beside the working directory; give --data"));
    }
}
