package org.provisionlens.jobs;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The two files of {@code anonymise} and {@code theme}. */
final class CommentFiles {

    @Option(
            names = "--in",
            required = true,
            paramLabel = "CSV",
            description = "the comments: a UTF-8 CSV with at least the columns id and text")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "the CSV written")
    Path out;
}
