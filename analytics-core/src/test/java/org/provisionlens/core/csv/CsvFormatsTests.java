package org.provisionlens.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvFormatsTests {

    private static String print(org.apache.commons.csv.CSVFormat format, Object... values) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = CsvFormats.printer(out, format)) {
            printer.printRecord(values);
        }
        return out.toString();
    }

    @Test
    void copyWritesNullAsAnUnquotedEmptyFieldAndEveryOtherValueQuoted() throws IOException {
        // NULL, the empty string, a doubled quote, a number, a line break, the text NULL
        assertThat(print(CsvFormats.COPY, null, "", "say \"hi\"", 3, "a\nb", "NULL"))
                .isEqualTo(",\"\",\"say \"\"hi\"\"\",\"3\",\"a\nb\",\"NULL\"\n");
    }

    @Test
    void filesQuoteOnlyWhatNeedsQuotingAndEndLinesInLf() throws IOException {
        assertThat(print(CsvFormats.FILE, "a,b", "plain", null, "x\"y")).isEqualTo("\"a,b\",plain,,\"x\"\"y\"\n");
        assertThat(print(CsvFormats.SPREADSHEET, "a", 1)).isEqualTo("a,1\r\n");
    }

    @Test
    void formulaeAreMadeInertButNumbersAreNot() {
        assertThat(CsvFormats.spreadsheetSafe("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvFormats.spreadsheetSafe("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvFormats.spreadsheetSafe("\tx")).isEqualTo("'\tx");
        assertThat(CsvFormats.spreadsheetSafe("-2.5")).isEqualTo("-2.5");
        assertThat(CsvFormats.spreadsheetSafe(-3)).isEqualTo(-3);
        assertThat(CsvFormats.spreadsheetSafe(new BigDecimal("-1.5"))).isEqualTo(new BigDecimal("-1.5"));
        assertThat(CsvFormats.spreadsheetSafe(null)).isNull();
        assertThat(CsvFormats.spreadsheetSafe("Sale")).isEqualTo("Sale");
    }

    @Test
    void aByteOrderMarkIsRemovedOnlyAtTheStart() {
        assertThat(Bom.strip("\uFEFFid")).isEqualTo("id");
        assertThat(Bom.strip("id\uFEFF")).isEqualTo("id\uFEFF");
        assertThat(Bom.strip("")).isEmpty();
    }
}
