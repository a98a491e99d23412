package org.provisionlens.jobs.validate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.run.RunOutcome;
import org.provisionlens.jobs.sources.InputReaders;
import org.provisionlens.jobs.sources.ReadContext;

/**
 * {@code validate <manifest.json> [--quarantine-out file.csv]} or {@code validate --format <code> --file <path>
 * [--encoding <charset>] [--quarantine-out file.csv]}. Exit status: 0 nothing quarantined, 3 rows quarantined, 2 an
 * input or the manifest cannot be used.
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

    public static final String USAGE = "validate <manifest.json> [--quarantine-out file.csv]\n"
            + "validate --format <format> --file <path> [--encoding windows-1252] [--quarantine-out file.csv]";

    public int run(List<String> args) {
        try {
            Options options = Options.parse(args);
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
            return quarantined > 0 ? RunOutcome.PUBLISHED_WITH_QUARANTINE : RunOutcome.PUBLISHED;
        } catch (ManifestException | InputException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return RunOutcome.BAD_INPUT;
        } catch (IOException e) {
            err.println("Could not write the quarantine file: " + e.getMessage());
            return RunOutcome.FAILED;
        }
    }

    record Options(Path manifest, String format, Path file, String encoding, String timePeriod, Path quarantineOut) {

        static Options parse(List<String> args) {
            Path manifest = null;
            String format = null;
            Path file = null;
            String encoding = null;
            String timePeriod = "202425";
            Path quarantineOut = Path.of("quarantine.csv");
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--format" -> format = value(args, ++i, arg);
                    case "--file" -> file = Path.of(value(args, ++i, arg));
                    case "--encoding" -> encoding = value(args, ++i, arg);
                    case "--time-period" -> timePeriod = value(args, ++i, arg);
                    case "--quarantine-out" -> quarantineOut = Path.of(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--") || manifest != null) {
                            throw new IllegalArgumentException("unexpected argument '" + arg + "'. Usage:\n" + USAGE);
                        }
                        manifest = Path.of(arg);
                    }
                }
            }
            if ((manifest == null) == (format == null || file == null)) {
                throw new IllegalArgumentException("give a manifest, or --format and --file. Usage:\n" + USAGE);
            }
            return new Options(manifest, format, file, encoding, timePeriod, quarantineOut);
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value. Usage:\n" + USAGE);
            }
            return args.get(index);
        }
    }
}
