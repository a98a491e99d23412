package org.provisionlens.jobs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.jobs.impact.ImpactCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact [--la CODE] [--scenario S] [--out DIR] [--save] PROPOSAL_FILE...}: what-if on a published run. */
@Command(
        name = "impact",
        header = "Judges reorganisation proposals against their LA's published review run.",
        description = {
            "Evaluates each proposal (YAML or JSON, see jobs/templates/proposal-guide.md) against the published run of"
                    + " its local authority, in this process, and prints a table of each proposal and of doing"
                    + " nothing under the low, central and high demand forecasts: children affected, where they go,"
                    + " journeys, cells that get worse or better, and the net saving a year. Nothing is published."
        })
final class ImpactCli implements Callable<Integer> {

    private final Launch launch;

    @Option(
            names = "--la",
            paramLabel = "CODE",
            description = "the LA whose published run to judge against, e.g. E08000009 (default: the proposal's)")
    String la;

    @Option(
            names = "--scenario",
            paramLabel = "S",
            defaultValue = "all",
            description = "low, central, high or all (default: all)")
    String scenario;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "a folder for each proposal's evidence pack (HTML) and impact tables (CSV)")
    Path out;

    @Option(names = "--save", description = "also store the proposals for their LA (the dashboards list them)")
    boolean save;

    @Parameters(arity = "1..*", paramLabel = "PROPOSAL_FILE", description = "proposal files (.yaml, .yml or .json)")
    List<Path> files;

    ImpactCli(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        List<Scenario> scenarios;
        if ("all".equalsIgnoreCase(scenario)) {
            scenarios = List.of(Scenario.values());
        } else {
            Scenario one = Arrays.stream(Scenario.values())
                    .filter(s -> s.name().equalsIgnoreCase(scenario.trim()))
                    .findFirst()
                    .orElse(null);
            if (one == null) {
                launch.err().println("--scenario must be low, central, high or all; was " + scenario);
                return org.provisionlens.jobs.exit.ExitCode.BAD_INPUT.code();
            }
            scenarios = List.of(one);
        }
        var options = new ImpactCommand.Options(
                la == null ? null : la.trim().toUpperCase(Locale.ROOT), scenarios, out, save, files);
        return launch.withDatabase(
                        database -> new ImpactCommand(database.dataSource(), launch.out(), launch.err()).run(options))
                .code();
    }
}
