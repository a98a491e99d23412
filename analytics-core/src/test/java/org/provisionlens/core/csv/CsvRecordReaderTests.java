package org.provisionlens.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTests {

    private static List<CsvRecordReader.Record> records(String text) throws IOException {
        List<CsvRecordReader.Record> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text))) {
            for (CsvRecordReader.Record record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void aQuotedValueSpanningLinesIsOneRecordStartingOnItsFirstLine() throws IOException {
        List<CsvRecordReader.Record> records = records("a,b\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\r\n2,x\n\n3,\"\"\n");

        assertThat(records)
                .containsExactly(
                        new CsvRecordReader.Record(1, List.of("a", "b"), false, true),
                        new CsvRecordReader.Record(2, List.of("1", "two\nlines, \"quoted\""), true, true),
                        new CsvRecordReader.Record(4, List.of("2", "x"), false, true),
                        new CsvRecordReader.Record(5, List.of(""), false, true),
                        new CsvRecordReader.Record(6, List.of("3", ""), true, true));
        assertThat(records.get(3).isBlank()).isTrue();
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndSaysSo() throws IOException {
        List<CsvRecordReader.Record> records = records("1,\"open\nstill open\n");

        assertThat(records)
                .containsExactly(new CsvRecordReader.Record(1, List.of("1", "open\nstill open\n"), true, false));
    }

    @Test
    void aLastLineWithoutALineBreakIsARecord() throws IOException {
        assertThat(records("a\nb"))
                .extracting(CsvRecordReader.Record::values)
                .containsExactly(List.of("a"), List.of("b"));
    }
}
