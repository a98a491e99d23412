package org.provisionlens.jobs.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.exit.ExitCode;

class CommentFileCommandTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ExitCode run(CommentFileCommand.Task task, Path in, Path out) {
        return new CommentFileCommand(
                        CommentProcessing.standard(),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(task, in, out);
    }

    private Path comments() throws IOException {
        return Files.writeString(
                folder.resolve("comments.csv"),
                "id,date,text\n"
                        + "c1,2025-03-01,\"My son Jack has waited 14 months for SALT, call me on 07700 900123\"\n"
                        + "c2,2025-03-02,The short breaks team were brilliant.\n");
    }

    @Test
    void anonymisesEachCommentWithNumberedPlaceholders() throws IOException {
        Path out = folder.resolve("anonymised.csv");
        assertThat(run(CommentFileCommand.Task.ANONYMISE, comments(), out)).isEqualTo(ExitCode.DONE);
        assertThat(Files.readAllLines(out))
                .containsExactly(
                        "id,anonymised_text,held_for_review,reasons",
                        "c1,\"My son [CHILD 1] has waited 14 months for SALT, call me on [PHONE 1]\",false,",
                        "c2,The short breaks team were brilliant.,false,");
    }

    @Test
    void themesTheAnonymisedTextWithAStancePerTheme() throws IOException {
        Path out = folder.resolve("themes.csv");
        assertThat(run(CommentFileCommand.Task.THEME, comments(), out)).isEqualTo(ExitCode.DONE);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,theme,stance,evidence");
        // c1: a long wait for a therapy (waiting times, negative; therapies), c2: short breaks praised
        assertThat(lines).anyMatch(line -> line.startsWith("c1,waiting_times,negative,"));
        assertThat(lines).anyMatch(line -> line.startsWith("c2,short_breaks,positive,"));
        // the raw phone number never reaches the output, nor the errors
        assertThat(String.join("\n", lines)).doesNotContain("07700 900123");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("07700");
    }

    @Test
    void aFileWithoutIdAndTextColumnsIsRefused() throws IOException {
        Path in = Files.writeString(folder.resolve("bad.csv"), "ref,comment\n1,hello\n");
        assertThat(run(CommentFileCommand.Task.ANONYMISE, in, folder.resolve("x.csv")))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected a header with the columns id and text");
    }

    @Test
    void aCouncilsOwnTaxonomyFileAddsThemes() throws IOException {
        Path taxonomy = Files.writeString(
                folder.resolve("our-themes.txt"),
                "theme parking Parking at settings\n" + "  parking, car park, drop off\n");
        Path in = Files.writeString(folder.resolve("c.csv"), "id,text\np1,There is never any parking at the school.\n");
        Path out = folder.resolve("themes.csv");
        ExitCode status = new CommentFileCommand(
                        CommentProcessing.withTaxonomy(taxonomy),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(CommentFileCommand.Task.THEME, in, out);
        assertThat(status).isEqualTo(ExitCode.DONE);
        assertThat(Files.readAllLines(out)).anyMatch(line -> line.startsWith("p1,parking,negative,"));
    }
}
