package org.provisionlens.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.provisionlens.jobs.generate.GenerateCommand;
import org.provisionlens.jobs.generate.GenerateOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate --la CODE|--all-england --out FOLDER}: a calibrated synthetic dataset. */
@Command(
        name = "generate",
        header = "A realistic synthetic dataset for any LA, or all of England.",
        description = {
            "Writes a realistic synthetic dataset for one or more LAs, or all of England: child records, services and"
                    + " comments, with a manifest.json to validate or run them and calibration.md saying where each"
                    + " figure comes from. The same seed gives the same files, byte for byte."
        })
final class GenerateCli implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Area area;

    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "the folder the files go to")
    Path out;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--broken-share",
            paramLabel = "SHARE",
            defaultValue = "0",
            description = "the share of rows, 0 to 0.5, replaced by defects the readers quarantine, listed in"
                    + " broken_rows.csv (default: ${DEFAULT-VALUE})")
    double brokenShare;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            defaultValue = "202425",
            description = "the academic year (default: ${DEFAULT-VALUE})")
    String year;

    @Option(
            names = "--data",
            paramLabel = "FOLDER",
            description =
                    "the public data it calibrates on (default: the project's jobs/calibration-data, else the nearest"
                            + " shared/data folder)")
    Path data;

    GenerateCli(Launch launch) {
        this.launch = launch;
    }

    /** One or more LAs, or all of England. */
    static final class Area {
        @Option(
                names = "--la",
                paramLabel = "CODE[,CODE...]",
                required = true,
                description = "the LA, or LAs, by GSS code: E08000009 or E08000009,E06000001")
        String las;

        @Option(names = "--all-england", required = true, description = "every English LA")
        boolean allEngland;
    }

    @Override
    public Integer call() {
        GenerateOptions options;
        try {
            options = new GenerateOptions(
                    area.allEngland ? List.of() : List.of(area.las.split(",")), out, seed, brokenShare, year, data);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return GenerateCommand.run(options, launch.out()).code();
    }
}
