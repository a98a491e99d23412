package org.provisionlens.jobs;

import static org.provisionlens.jobs.exit.ExitCode.BAD_INPUT;
import static org.provisionlens.jobs.exit.ExitCode.DONE;
import static org.provisionlens.jobs.exit.ExitCode.DONE_WITH_QUARANTINE;
import static org.provisionlens.jobs.exit.ExitCode.FAILED;
import static org.provisionlens.jobs.exit.ExitCode.REFUSED_RUN_IN_PROGRESS;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.provisionlens.jobs.exit.ExitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The jobs' command line: {@code java -jar jobs/target/provision-lens-jobs.jar <command> --help} describes each.
 *
 * <pre>
 *   run MANIFEST                  one review run: ingest, conform, assess, publish
 *   national MANIFEST             a national review run: one review run per LA, published LA by LA
 *   validate MANIFEST             check every input, print the reconciliation, write the quarantine; publish nothing
 *   validate --format F --file P  the same for one file (--encoding, --quarantine-out)
 *   generate --la CODE|--all-england --out FOLDER [--seed N] [--broken-share S]   a calibrated synthetic dataset
 *   export --table T [--la CODE | --run N] [--out FILE]   a table of a published run as CSV
 *   impact [--la CODE] [--scenario S] [--out DIR] [--save] PROPOSAL_FILE...   proposals judged on a published run
 *   anonymise --in F --out G      anonymise a CSV of comments (id,text)
 *   theme --in F --out G [--taxonomy T]   theme a CSV of comments
 * </pre>
 *
 * Every command exits with an {@link ExitCode}: 0 done, 1 unexpected failure, 2 bad input or usage, 3 done with
 * quarantined rows, 4 refused because another review run for the same LA is in progress. The database is
 * {@code PROVISION_LENS_DB_URL} (with {@code _USER}, {@code _PASSWORD}) or the embedded PostgreSQL in
 * {@code <home>/var/pg}, where home is the system property {@code provision-lens.home} or the working directory.
 * {@link #execute} runs the same command line without leaving the JVM.
 */
@Command(
        name = "provision-lens-jobs",
        mixinStandardHelpOptions = true,
        versionProvider = ProvisionLensJobs.Version.class,
        description = {
            "The Provision Lens jobs: review runs and the tools around them. Each command has --help.",
            "",
            "The database is PROVISION_LENS_DB_URL (with PROVISION_LENS_DB_USER and PROVISION_LENS_DB_PASSWORD), or"
                    + " else the embedded PostgreSQL in var/pg under the folder the system property"
                    + " provision-lens.home names (default: the working directory)."
        })
public final class ProvisionLensJobs implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionLensJobs.class);

    @Spec
    CommandSpec spec;

    private final Launch launch;

    private ProvisionLensJobs(Launch launch) {
        this.launch = launch;
    }

    public static void main(String[] args) {
        System.exit(execute(Launch.ofThisProcess(), args));
    }

    /** Runs one command line, as {@code main} does, and returns its exit code instead of exiting. */
    public static int execute(Launch launch, String... args) {
        return commandLine(launch).execute(args);
    }

    /** The command line with every command, each listing the exit codes it can give. */
    static CommandLine commandLine(Launch launch) {
        CommandLine cli = new CommandLine(new ProvisionLensJobs(launch));
        exitCodes(cli, ExitCode.values());
        add(cli, new RunCli(launch), DONE, DONE_WITH_QUARANTINE, BAD_INPUT, FAILED, REFUSED_RUN_IN_PROGRESS);
        add(cli, new NationalCli(launch), DONE, DONE_WITH_QUARANTINE, BAD_INPUT, FAILED, REFUSED_RUN_IN_PROGRESS);
        add(cli, new ValidateCli(launch), DONE, DONE_WITH_QUARANTINE, BAD_INPUT, FAILED);
        add(cli, new GenerateCli(launch), DONE, BAD_INPUT, FAILED);
        add(cli, new ExportCli(launch), DONE, BAD_INPUT, FAILED);
        add(cli, new ImpactCli(launch), DONE, BAD_INPUT, FAILED);
        add(cli, new AnonymiseCli(launch), DONE, DONE_WITH_QUARANTINE, BAD_INPUT, FAILED);
        add(cli, new ThemeCli(launch), DONE, DONE_WITH_QUARANTINE, BAD_INPUT, FAILED);
        cli.setOut(new PrintWriter(launch.out(), true));
        cli.setErr(new PrintWriter(launch.err(), true));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            LOG.error("{} failed", command.getCommandName(), e);
            command.getErr().println("Unexpected failure: " + e.getMessage());
            return FAILED.code();
        });
        return cli;
    }

    private static void add(CommandLine cli, Object command, ExitCode... codes) {
        CommandLine sub = new CommandLine(command);
        sub.getCommandSpec().mixinStandardHelpOptions(true).versionProvider(new Version());
        sub.getCommandSpec().usageMessage().sortOptions(false).abbreviateSynopsis(false);
        exitCodes(sub, codes);
        cli.addSubcommand(sub);
    }

    private static void exitCodes(CommandLine command, ExitCode... codes) {
        Map<String, String> list = new LinkedHashMap<>();
        Arrays.stream(codes).sorted().forEach(code -> list.put(String.valueOf(code.code()), code.meaning()));
        command.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(list);
    }

    /** No command: say which there are. */
    @Override
    public Integer call() {
        launch.err().println("Give a command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT.code();
    }

    /** The version in the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ProvisionLensJobs.class.getPackage().getImplementationVersion();
            return new String[] {"Provision Lens jobs " + (version == null ? "(development build)" : version)};
        }
    }
}
