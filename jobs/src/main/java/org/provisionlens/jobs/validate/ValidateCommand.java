package org.provisionlens.jobs.validate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.exit.ExitCode;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.sources.InputReaders;
import org.provisionlens.jobs.sources.ReadContext;

/**
 * Checks a manifest's inputs, or one file, the way a review run reads them; prints the reconciliation, writes the
 * quarantine, publishes nothing. Exit code: done, done with quarantined rows, or bad input (an input or the manifest
 * cannot be used).
 */
public final class ValidateCommand {

    private final SparkSession spark;
    private final PrintStream out;
    private final PrintStream err;

    public ValidateCommand(SparkSession spark, PrintStream out, PrintStream err) {
        this.spark = spark;
        this.out = out;
        this.err = err;
    }

    public ExitCode run(Options options) {
        try {
            List<InputSpec> specs;
            ReadContext context;
            if (options.manifest() != null) {
                RunManifest manifest = RunManifest.read(options.manifest());
                specs = new ArrayList<>(manifest.inputs().values());
                context = new ReadContext(manifest.localAuthority(), manifest.timePeriod());
            } else {
                InputFormat format = InputFormat.forCode(options.format())
                        .orElseThrow(() -> new ManifestException("unknown format '" + options.format()
                                + "'; expected one of "
                                + java.util.Arrays.stream(InputFormat.values())
                                        .map(InputFormat::code)
                                        .toList()));
                if (!Files.isRegularFile(options.file())) {
                    throw new ManifestException("file " + options.file() + " does not exist");
                }
                Charset encoding =
                        options.encoding() == null ? format.defaultEncoding() : Charset.forName(options.encoding());
                specs = List.of(new InputSpec(
                        options.file().getFileName().toString(),
                        format.code(),
                        options.file().toAbsolutePath(),
                        null,
                        encoding));
                context = new ReadContext(null, options.timePeriod());
            }
            List<CheckedInput> checked = new ArrayList<>();
            for (InputSpec spec : specs) {
                out.println("Checking " + spec.describe() + " ...");
                checked.add(InputReaders.read(spark, spec, context));
            }
            out.println();
            ValidationReport.print(checked, out);
            long quarantined =
                    checked.stream().mapToLong(CheckedInput::rowsQuarantined).sum();
            long rows = ValidationReport.writeQuarantine(checked, options.quarantineOut());
            out.println();
            out.println("Quarantine: " + rows + " entries (" + quarantined + " rows) written to "
                    + options.quarantineOut().toAbsolutePath());
            out.println("Nothing was published.");
            return quarantined > 0 ? ExitCode.DONE_WITH_QUARANTINE : ExitCode.DONE;
        } catch (ManifestException | InputException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("Could not write the quarantine file: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    /**
     * What to validate: a manifest, or one file of a format (with its encoding, or the format's own when null), and
     * where the quarantine goes.
     */
    public record Options(
            Path manifest, String format, Path file, String encoding, String timePeriod, Path quarantineOut) {

        public Options {
            if ((manifest == null) == (format == null || file == null)) {
                throw new IllegalArgumentException("give a manifest, or --format and --file");
            }
            timePeriod = timePeriod == null ? "202425" : timePeriod;
            quarantineOut = quarantineOut == null ? Path.of("quarantine.csv") : quarantineOut;
        }
    }
}
