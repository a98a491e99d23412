package org.provisionlens.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Reading the audit" lists every element of the table with its rule, as the audit checks it. */
class ReadmeElementsTests {

    @Test
    void theReadmeListsEveryElementWithItsRule() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        List<String> expected = new ArrayList<>();
        for (Schedule2Element e : Schedule2Elements.all()) {
            expected.add("| " + e.category().paragraph() + " | " + e.name() + " | " + e.ruleText() + " |");
        }
        List<String> listed = readme.stream()
                .filter(line -> line.matches("\\| \\d+ \\| .*\\|"))
                .toList();

        assertThat(listed)
                .as("README rows (replace them with):%n%s", String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }
}
