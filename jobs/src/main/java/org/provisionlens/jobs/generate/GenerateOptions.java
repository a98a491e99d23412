package org.provisionlens.jobs.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What to generate: {@code --la CODE[,CODE...]} or {@code --all-england}, {@code --out FOLDER}, {@code --seed N}
 * (default 42), {@code --broken-share S} (0 to 0.5, default 0), {@code --year 202425}, {@code --data FOLDER} (the
 * shared data; by default the nearest {@code shared/data} beside the working directory or one of its parents).
 *
 * @param laCodes the LAs by GSS code, or empty for all of England
 */
record GenerateOptions(List<String> laCodes, Path out, long seed, double brokenShare, String year, Path data) {

    static final String USAGE = "generate --la E08000009[,E06000001...]|--all-england --out <folder> [--seed 42]"
            + " [--broken-share 0.02] [--year 202425] [--data <shared data folder>]";

    GenerateOptions {
        laCodes = List.copyOf(laCodes);
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

    static GenerateOptions parse(List<String> args) {
        List<String> las = null;
        boolean all = false;
        Path out = null;
        long seed = 42;
        double broken = 0;
        String year = "202425";
        Path data = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "generate" -> {
                    if (i != 0) {
                        throw new IllegalArgumentException("unexpected 'generate'");
                    }
                }
                case "--all-england" -> all = true;
                case "--la" ->
                    las = new ArrayList<>(Arrays.asList(value(args, ++i, arg).split(",")));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--broken-share" -> broken = Double.parseDouble(value(args, ++i, arg));
                case "--year" -> year = value(args, ++i, arg);
                case "--data" -> data = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (all == (las != null)) {
            throw new IllegalArgumentException("give either --la or --all-england");
        }
        List<String> codes = las == null
                ? List.of()
                : las.stream().map(String::trim).sorted().distinct().toList();
        return new GenerateOptions(codes, out, seed, broken, year, data != null ? data : findData());
    }

    private static String value(List<String> args, int index, String name) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(index);
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
