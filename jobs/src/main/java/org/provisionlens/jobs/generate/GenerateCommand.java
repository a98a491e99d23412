package org.provisionlens.jobs.generate;

import java.io.PrintStream;
import org.provisionlens.jobs.exit.ExitCode;

/**
 * The synthetic data generator's command (the command line's {@code generate}). Writes child_records.csv,
 * services.csv, comments.csv, manifest.json, broken_rows.csv and calibration.md.
 */
public final class GenerateCommand {

    private GenerateCommand() {}

    /** The folder of the real public data the generator calibrates on (the nearest shared/data). */
    public static java.nio.file.Path sharedData() {
        return GenerateOptions.findData();
    }

    /** Generates the files; bad input when an LA has no published figures, failed when generation failed. */
    public static ExitCode run(GenerateOptions options, PrintStream out) {
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
            return ExitCode.DONE;
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (Exception e) {
            out.println("error: generation failed: " + e);
            return ExitCode.FAILED;
        }
    }
}
