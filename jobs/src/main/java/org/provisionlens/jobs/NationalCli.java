package org.provisionlens.jobs;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.provisionlens.jobs.exit.ExitCode;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.national.NationalManifest;
import org.provisionlens.jobs.national.NationalRun;
import org.provisionlens.jobs.run.RunOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code national <national-manifest.json>}: one review run per LA, from one national manifest. */
@Command(
        name = "national",
        header = "A national review run: many LAs from one manifest, each published on its own.",
        description = {
            "Reads each national input once (child records, services and comments carrying each row's la_code),"
                    + " runs the models per LA on the Spark executors, and publishes each LA in a transaction of its"
                    + " own, moving that LA's published run. Rows with no usable la_code go to a national quarantine."
        })
final class NationalCli implements Callable<Integer> {

    private final Launch launch;

    @Parameters(
            paramLabel = "MANIFEST",
            description = "the national manifest (JSON, \"scope\": \"national\"), e.g. the national-manifest.json"
                    + " `generate` writes; the paths in it are relative to its folder")
    Path manifest;

    NationalCli(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        NationalManifest read;
        try {
            read = NationalManifest.read(manifest);
        } catch (ManifestException e) {
            launch.err().println(e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        return launch.withDatabase(database -> launch.withSpark(spark -> {
                    RunOutcome outcome = new NationalRun(spark, database.dataSource(), launch.out()).run(read);
                    ExitCode exit = outcome.exitCode();
                    (exit == ExitCode.DONE ? launch.out() : launch.err()).println("National run: " + outcome.message());
                    return exit;
                }))
                .code();
    }
}
