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
                        new CsvRecordReader.Record(1, List.of("a", "b"), true),
                        new CsvRecordReader.Record(2, List.of("1", "two\nlines, \"quoted\""), true),
                        new CsvRecordReader.Record(4, List.of("2", "x"), true),
                        new CsvRecordReader.Record(5, List.of(""), true),
                        new CsvRecordReader.Record(6, List.of("3", ""), true));
        assertThat(records.get(3).isBlank()).isTrue();
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndSaysSo() throws IOException {
        List<CsvRecordReader.Record> records = records("a\n1,\"open\nstill open\n");

        // the unclosed record swallowed the rest of the file: it has no values of its own
        assertThat(records)
                .containsExactly(
                        new CsvRecordReader.Record(1, List.of("a"), true),
                        new CsvRecordReader.Record(2, List.of(), false));
        assertThat(records.get(1).isBlank()).isFalse();
    }

    @Test
    void aByteOrderMarkIsSkippedAndQuotedCommasStayInTheirValue() throws IOException {
        assertThat(records("\uFEFFid,text\r\n7,\"a, b\"\r\n"))
                .containsExactly(
                        new CsvRecordReader.Record(1, List.of("id", "text"), true),
                        new CsvRecordReader.Record(2, List.of("7", "a, b"), true));
    }

    @Test
    void crCrLfIsTwoLineBreaksSoTheNextRecordStartsTwoLinesOn() throws IOException {
        // CR ends the record, CRLF is an empty line: as an editor that shows CR as a line break counts them
        assertThat(records("a\r\r\nb\r\n"))
                .containsExactly(
                        new CsvRecordReader.Record(1, List.of("a"), true),
                        new CsvRecordReader.Record(2, List.of(""), true),
                        new CsvRecordReader.Record(3, List.of("b"), true));
    }

    @Test
    void textAfterAClosingQuoteAndAQuoteInsideAnUnquotedValueAreKept() throws IOException {
        assertThat(records("\"ab\"c,x\"y\n"))
                .extracting(CsvRecordReader.Record::values)
                .containsExactly(List.of("abc", "x\"y"));
    }

    @Test
    void aLastLineWithoutALineBreakIsARecord() throws IOException {
        assertThat(records("a\nb"))
                .extracting(CsvRecordReader.Record::values)
                .containsExactly(List.of("a"), List.of("b"));
    }
}
