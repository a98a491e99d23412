package org.provisionlens.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.provisionlens.jobs.comments.CommentFileCommand;
import org.provisionlens.jobs.comments.CommentProcessing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code theme --in comments.csv --out themes.csv [--taxonomy our-themes.txt]}. */
@Command(
        name = "theme",
        header = "Theme a CSV of comments (id,text).",
        description = {
            "Finds the themes of a CSV of comments the way a review run does (after anonymising them), to check them"
                    + " on your own labelled comments. Writes id,theme,stance,evidence: one row per theme of each"
                    + " comment, with its stance (positive, negative, mixed) and the phrase that is the evidence."
        })
final class ThemeCli implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    @Mixin
    CommentFiles files;

    @Option(
            names = "--taxonomy",
            paramLabel = "FILE",
            description = "themes of your own, in the format of the standard taxonomy, added to the standard ones")
    Path taxonomy;

    ThemeCli(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        if (taxonomy != null && !Files.isRegularFile(taxonomy)) {
            throw new ParameterException(spec.commandLine(), "the taxonomy file " + taxonomy + " does not exist");
        }
        return new CommentFileCommand(CommentProcessing.withTaxonomy(taxonomy), launch.out(), launch.err())
                .run(CommentFileCommand.Task.THEME, files.in, files.out)
                .code();
    }
}
