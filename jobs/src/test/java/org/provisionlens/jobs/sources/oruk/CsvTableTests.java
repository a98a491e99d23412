package org.provisionlens.jobs.sources.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTests {

    @TempDir
    Path folder;

    @Test
    void rowsKeepTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() throws IOException {
        Path file = Files.writeString(
                folder.resolve("services.csv"),
                "\uFEFFid , name,description\r\r\n"
                        + "1,One,\"first line\r\nsecond, with comma\r\nand \"\"quotes\"\"\"\r\r\n"
                        + "\r\n"
                        + "2,Two\n"
                        + "3,Three,,extra\n");

        CsvTable table = CsvTable.read(file, StandardCharsets.UTF_8);

        assertThat(table.fileName()).isEqualTo("services.csv");
        assertThat(table.columns()).containsExactly("id", "name", "description");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2L, 6L, 7L);
        assertThat(table.rows().get(0).get("description"))
                .isEqualTo("first line\r\nsecond, with comma\r\nand \"quotes\"");
        // a short row lacks its last columns; a long row's extra values are not read
        assertThat(table.rows().get(1).get("description")).isNull();
        assertThat(table.rows().get(2).values()).containsOnlyKeys("id", "name", "description");
    }
}
