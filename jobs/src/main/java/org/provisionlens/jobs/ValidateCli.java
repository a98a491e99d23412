package org.provisionlens.jobs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.validate.ValidateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate <manifest.json>} or {@code validate --format F --file P}: check inputs, publish nothing. */
@Command(
        name = "validate",
        customSynopsis = {
            "provision-lens-jobs validate MANIFEST [OPTIONS]",
            "       provision-lens-jobs validate --format=FORMAT --file=FILE [OPTIONS]"
        },
        header = "Check your files first, publishing nothing.",
        description = {
            "Checks your files the way a review run reads them, without publishing anything (no database needed)."
                    + " Prints, for every input, the rows read, accepted and quarantined and the most frequent"
                    + " reasons, and writes every quarantined field to a CSV.",
            "Give a manifest, or one file with its format."
        })
final class ValidateCli implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MANIFEST", description = "a run manifest (JSON): checks all its inputs")
    Path manifest;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            completionCandidates = Formats.class,
            description = "the format of the one file: ${COMPLETION-CANDIDATES}")
    String format;

    @Option(names = "--file", paramLabel = "FILE", description = "the one file to check")
    Path file;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "the file's encoding, e.g. windows-1252 (default: the format's own, UTF-8 for most)")
    String encoding;

    @Option(
            names = "--time-period",
            paramLabel = "YEAR",
            defaultValue = "202425",
            description = "the academic year a one-file check reads, e.g. ${DEFAULT-VALUE}")
    String timePeriod;

    @Option(
            names = "--quarantine-out",
            paramLabel = "CSV",
            defaultValue = "quarantine.csv",
            description = "where the quarantined fields are written (default: ${DEFAULT-VALUE})")
    Path quarantineOut;

    ValidateCli(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        ValidateCommand.Options options;
        try {
            options = new ValidateCommand.Options(manifest, format, file, encoding, timePeriod, quarantineOut);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return launch.withSpark(spark -> new ValidateCommand(spark, launch.out(), launch.err()).run(options))
                .code();
    }

    /** The format codes, for the usage text. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(InputFormat.values()).map(InputFormat::code).iterator();
        }
    }
}
