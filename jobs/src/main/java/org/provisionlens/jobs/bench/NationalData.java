package org.provisionlens.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.provisionlens.jobs.generate.GenerateCommand;

/** The national generated dataset the benchmarks use: {@code <home>/var/bench/england}, made once (seed 42). */
final class NationalData {

    private NationalData() {}

    static Path ensure(Path home, Measurements measurements) throws Exception {
        Path data = home.resolve("var").resolve("bench").resolve("england");
        if (!Files.exists(data.resolve("manifest.json"))) {
            measurements.time(
                    "generate all England (seed 42, 1% broken)",
                    () -> {
                        int status = GenerateCommand.run(
                                List.of(
                                        "generate",
                                        "--all-england",
                                        "--out",
                                        data.toString(),
                                        "--seed",
                                        "42",
                                        "--broken-share",
                                        "0.01"),
                                System.out);
                        if (status != 0) {
                            throw new IllegalStateException("generate failed with status " + status);
                        }
                        try (var lines = Files.lines(data.resolve("child_records.csv"))) {
                            return lines.count() - 1;
                        }
                    });
        }
        return data;
    }
}
