package org.provisionlens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command line the README shows ({@code java -jar jobs/target/provision-lens-jobs.jar <command> ...}, and the
 * cluster jar's) names a command the command line knows, with options it accepts, and that command's {@code --help}
 * works through the entry point; every command the command line has is shown in the README.
 */
class ReadmeCommandsTests {

    /**
     * A command line of the jobs' jar in the README (or of {@code jobs/bin/provision-lens-jobs}, which runs it, perhaps
     * after environment settings): what follows the jar, up to a comment.
     */
    private static final Pattern JAR_LINE = Pattern.compile("^\\s*(?:java -jar \\S*provision-lens-jobs\\.jar"
            + "|\\S*provision-lens-jobs-cluster\\.jar|(?:\\S+=\\S*\\s+)*\\S*bin/provision-lens-jobs)\\s+([^#]*)");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Launch launch() {
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Launch(printed, printed, Map.of(), folder);
    }

    /** The README's jar command lines, each split into its arguments. */
    private static List<List<String>> readmeCommandLines() throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            Matcher matcher = JAR_LINE.matcher(line);
            if (matcher.find()) {
                lines.add(Arrays.asList(matcher.group(1).trim().split("\\s+")));
            }
        }
        return lines;
    }

    /** The commands the README's jar command lines name. */
    private static List<String> documentedCommands() throws IOException {
        return readmeCommandLines().stream().map(line -> line.get(0)).distinct().toList();
    }

    @Test
    void everyCommandInTheReadmeHasHelp() throws IOException {
        List<String> commands = documentedCommands();
        assertThat(commands).isNotEmpty();
        for (String command : commands) {
            out.reset();
            assertThat(ProvisionLensJobs.execute(launch(), command, "--help"))
                    .as("%s --help: %s", command, out)
                    .isZero();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .as(command)
                    .contains("Usage: provision-lens-jobs " + command, "Exit codes:");
        }
    }

    @Test
    void everyReadmeCommandLineIsAccepted() throws IOException {
        for (List<String> line : readmeCommandLines()) {
            // parsed as the jar would, without running it: a misspelt or removed option fails here
            ProvisionLensJobs.commandLine(launch()).parseArgs(line.toArray(String[]::new));
        }
    }

    @Test
    void everyCommandIsInTheReadme() throws IOException {
        assertThat(documentedCommands())
                .containsExactlyInAnyOrderElementsOf(
                        ProvisionLensJobs.commandLine(launch()).getSubcommands().keySet());
    }
}
