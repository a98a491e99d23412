package org.provisionlens.jobs;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.provisionlens.jobs.exit.ExitCode;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.run.ReviewRun;
import org.provisionlens.jobs.run.RunOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code run <manifest.json>}: one review run. */
@Command(
        name = "run",
        header = "One review run: check the inputs, assess, publish.",
        description = {
            "Reads every input the manifest names, checks and conforms it, assesses the sufficiency of"
                    + " provision, and publishes the results for the dashboards. Rows that cannot be used are"
                    + " quarantined and shown on the run's page; the last published run stays as it is if the run"
                    + " fails."
        })
final class RunCli implements Callable<Integer> {

    private final Launch launch;

    @Parameters(
            paramLabel = "MANIFEST",
            description = "the run manifest (JSON), e.g. jobs/demo-data/trafford-review.json; the paths in it are"
                    + " relative to its folder")
    Path manifest;

    RunCli(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        RunManifest read;
        try {
            read = RunManifest.read(manifest);
        } catch (ManifestException e) {
            launch.err().println(e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        return launch.withDatabase(database -> launch.withSpark(spark -> {
                    RunOutcome outcome = new ReviewRun(spark, database.dataSource(), launch.out()).run(read);
                    ExitCode exit = outcome.exitCode();
                    (exit == ExitCode.DONE ? launch.out() : launch.err())
                            .println((outcome.runId() == null ? "" : "Review run " + outcome.runId() + ": ")
                                    + outcome.message());
                    return exit;
                }))
                .code();
    }
}
