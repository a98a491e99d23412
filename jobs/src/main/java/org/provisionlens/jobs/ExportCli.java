package org.provisionlens.jobs;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.provisionlens.jobs.export.ExportCommand;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --table T [--la CODE | --run N] [--out FILE]}: a table of a published run as CSV. */
@Command(
        name = "export",
        header = "A table of a published run as CSV.",
        description = {
            "Writes one table of a published run as CSV, to a file or to standard output. Child records and raw"
                    + " comments are not exportable."
        })
final class ExportCli implements Callable<Integer> {

    private final Launch launch;

    @Option(
            names = "--table",
            required = true,
            paramLabel = "TABLE",
            completionCandidates = Tables.class,
            description = "the table: ${COMPLETION-CANDIDATES}")
    String table;

    @ArgGroup
    Run run;

    @Option(names = "--out", paramLabel = "FILE", description = "the CSV file (default: standard output)")
    Path out;

    ExportCli(Launch launch) {
        this.launch = launch;
    }

    /** Which published run: an LA's, or one by its id; without either, the only LA's published run. */
    static final class Run {
        @Option(names = "--la", paramLabel = "CODE", description = "the LA whose published run it is, e.g. E08000009")
        String la;

        @Option(names = "--run", paramLabel = "N", description = "the published run with this number")
        Long id;
    }

    @Override
    public Integer call() {
        String la = run == null ? null : run.la;
        Long id = run == null ? null : run.id;
        return launch.withDatabase(database ->
                        new ExportCommand(database.dataSource(), launch.out(), launch.err()).run(table, la, id, out))
                .code();
    }

    /** The table names, for the usage text. */
    static final class Tables implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ExportCommand.tableNames().iterator();
        }
    }
}
