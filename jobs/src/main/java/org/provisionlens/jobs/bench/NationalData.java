package org.provisionlens.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.provisionlens.jobs.exit.ExitCode;
import org.provisionlens.jobs.generate.GenerateCommand;
import org.provisionlens.jobs.generate.GenerateOptions;

/** The national generated dataset the benchmarks use: {@code <home>/var/bench/england}, made once (seed 42). */
final class NationalData {

    private NationalData() {}

    static Path ensure(Path home, Measurements measurements) throws Exception {
        Path data = home.resolve("var").resolve("bench").resolve("england");
        if (!Files.exists(data.resolve("manifest.json"))) {
            measurements.time(
                    "generate all England (seed 42, 1% broken)",
                    () -> {
                        ExitCode status = GenerateCommand.run(
                                new GenerateOptions(List.of(), data, 42, 0.01, "202425", null), System.out);
                        if (status != ExitCode.DONE) {
                            throw new IllegalStateException("generate failed: " + status.meaning());
                        }
                        try (var lines = Files.lines(data.resolve("child_records.csv"))) {
                            return lines.count() - 1;
                        }
                    });
        }
        return data;
    }
}
