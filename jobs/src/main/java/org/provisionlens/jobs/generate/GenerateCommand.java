package org.provisionlens.jobs.generate;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of the synthetic data generator:
 * {@code generate --la E08000009|--all-england --out <folder> [--seed 42] [--broken-share 0.02] [--year 202425]}.
 * Writes child_records.csv, services.csv, comments.csv, manifest.json, broken_rows.csv and calibration.md.
 */
public final class GenerateCommand {

    private GenerateCommand() {}

    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns 0 on success, 2 for bad arguments, 1 when generation failed. */
    /** The folder of the real public data the generator calibrates on (the nearest shared/data). */
    public static java.nio.file.Path sharedData() {
        return GenerateOptions.findData();
    }

    public static int run(List<String> args, PrintStream out) {
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println("usage: " + GenerateOptions.USAGE);
            return 2;
        }
        try {
            long start = System.nanoTime();
            Calibration calibration = Calibration.load(options.data(), options.year());
            SyntheticData.Summary summary = SyntheticData.generate(options, calibration, out);
            out.printf("%-20s %12s %12s%n", "file", "rows", "broken rows");
            for (int i = 0; i < summary.files().size(); i++) {
                out.printf(
                        "%-20s %12d %12d%n",
                        summary.files().get(i),
                        summary.rows().get(i),
                        summary.broken().get(i));
            }
            out.printf(
                    "EHC plans %d, SEN support %d; written to %s in %.1f s%n",
                    summary.ehcPlans(), summary.senSupport(), options.out(), (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            out.println("error: generation failed: " + e);
            return 1;
        }
    }
}
