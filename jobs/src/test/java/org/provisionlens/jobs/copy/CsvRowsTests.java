package org.provisionlens.jobs.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTests {

    @Test
    void nullIsAnUnquotedEmptyFieldTheEmptyStringAQuotedOneAndQuotesAreDoubled() {
        CsvRows rows = new CsvRows().add(7L, null, "", "say \"hi\"", true).add("NULL", 2.5, "two\nlines", null);

        assertThat(rows.rows()).isEqualTo(2);
        assertThat(rows.text())
                .isEqualTo("\"7\",,\"\",\"say \"\"hi\"\"\",\"true\"\n" + "\"NULL\",\"2.5\",\"two\nlines\",\n");
    }

    @Test
    void aCollectionIsAPostgresqlArrayLiteralInsideTheQuotedField() {
        String text = new CsvRows().add(List.of("a", "b\"c", "d\\e")).text();

        // array literal {"a","b\"c","d\\e"}, then its quotes doubled for CSV
        assertThat(text).isEqualTo("\"{\"\"a\"\",\"\"b\\\"\"c\"\",\"\"d\\\\e\"\"}\"\n");
    }

    @Test
    void rowsStreamedIntoABufferThatIsEmptiedBetweenRowsStayWhole() {
        StringBuilder buffer = new StringBuilder();
        CsvRows rows = new CsvRows(buffer);
        rows.add(1, "a");
        buffer.setLength(0);
        rows.add(2, null);

        assertThat(buffer).hasToString("\"2\",\n");
    }
}
