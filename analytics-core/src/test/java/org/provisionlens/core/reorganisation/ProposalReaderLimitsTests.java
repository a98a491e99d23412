package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.provisionlens.core.reorganisation.ProposalReaderProblemsTests.HEAD;
import static org.provisionlens.core.reorganisation.ProposalReaderProblemsTests.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.reorganisation.ProposalException.Problem;

/** Safe loading and the size limits: malformed text, tags, aliases, one document, 1 MB, 500 changes, 2,000 characters. */
class ProposalReaderLimitsTests {

    @Test
    void readsOneDocumentOnly() {
        assertThat(problems(HEAD + "changes: []\n---\n" + HEAD + "changes: []\n"))
                .singleElement()
                .asString()
                .startsWith("p.yaml at /: expected well-formed YAML with no custom tags, found line 6, column 1:"
                        + " expected a single document in the stream, but found another document");
    }

    @Test
    void saysWhereTheYamlIsMalformedAndRefusesDuplicateKeys() {
        assertThat(problems("id: p\nname: [unclosed\n"))
                .singleElement()
                .asString()
                .startsWith("p.yaml at /: expected well-formed YAML with no custom tags, found line 3, column 1:");
        assertThat(problems(HEAD + "id: q\nchanges: []\n"))
                .singleElement()
                .asString()
                .startsWith("p.yaml at /: expected well-formed YAML with no custom tags, found line 5, column 1:"
                        + " while constructing a mapping, found duplicate key id");
    }

    @Test
    void loadsNoClassesAndNoCustomTags() {
        assertThat(problems(HEAD + "changes: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://x\"]]\n"))
                .singleElement()
                .asString()
                .startsWith("p.yaml at /: expected well-formed YAML with no custom tags, found line 5, column 10:")
                .contains("Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char name = 'b'; name <= 'j'; name++) {
            char previous = (char) (name - 1);
            bomb.append(name).append(": &").append(name).append(" [");
            bomb.append(("*" + previous + ", ").repeat(8))
                    .append('*')
                    .append(previous)
                    .append("]\n");
        }
        assertThat(problems(bomb.toString()))
                .containsExactly("p.yaml at /: expected a plain YAML or JSON document (at most 20 aliases, no custom"
                        + " tags), found Number of aliases for non-scalar nodes exceeds the specified max=20");
    }

    @Test
    void limitsTheFileTheNumberOfChangesAndTheLengthOfText(@TempDir Path folder) throws Exception {
        // 1,048,576 bytes is the limit: a comment of that many x's and the head is over it
        String large = HEAD + "changes: []\n#" + "x".repeat(ProposalReader.MAX_BYTES);
        int bytes = large.length();
        assertThat(problems(large))
                .containsExactly(
                        "p.yaml at /: expected a file of at most 1048576 bytes (1 MB), found " + bytes + " bytes");
        Path file = Files.writeString(folder.resolve("large.yaml"), large);
        assertThat(catchThrowableOfType(ProposalException.class, () -> ProposalReader.read(file))
                        .problems())
                .containsExactly(
                        new Problem("large.yaml", "", bytes + " bytes", "a file of at most 1048576 bytes (1 MB)"));

        String changes = HEAD + "changes:\n" + "  - {type: close, serviceId: s}\n".repeat(501);
        assertThat(problems(changes))
                .containsExactly("p.yaml at /changes: expected at most 500 changes, found 501 changes");
        assertThat(ProposalReader.read(
                                "p.yaml", changes.replace("changes:\n  - {type: close, serviceId: s}\n", "changes:\n"))
                        .changes())
                .hasSize(500);

        String longName = "n".repeat(2_001);
        assertThat(problems(HEAD.replace("name: P", "name: " + longName) + "changes: []"))
                .containsExactly("p.yaml at /name: expected text of at most 2000 characters, found \"" + "n".repeat(60)
                        + "... (2001 characters)\"");
        assertThat(ProposalReader.read(
                                "p.yaml", HEAD.replace("name: P", "name: " + longName.substring(1)) + "changes: []")
                        .name())
                .hasSize(2_000);
    }
}
