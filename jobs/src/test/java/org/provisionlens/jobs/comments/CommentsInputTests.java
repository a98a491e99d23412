package org.provisionlens.jobs.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.comments.RespondentType;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

class CommentsInputTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/sources");

    /** Every comment text of the fixtures has this word, so a leak is easy to see. */
    private static final String MARKER = "Zebra";

    @TempDir
    Path folder;

    private static ReadResult<Comment> read(String format, Path file) {
        return CommentsInput.read(new InputSpec("comments", format, file));
    }

    private static List<String> quarantine(ReadResult<Comment> result) {
        return result.quarantine().stream()
                .map(q -> q.location() + " " + q.field() + " [" + q.value() + "] " + q.reason())
                .toList();
    }

    private static void assertNoTextLeaks(ReadResult<Comment> result) {
        for (QuarantineEntry entry : result.quarantine()) {
            assertThat(String.valueOf(entry.value())).doesNotContain(MARKER);
            assertThat(entry.reason()).doesNotContain(MARKER);
            if (entry.field().equals("text") && entry.value() != null) {
                assertThat(entry.value()).matches("\\(withheld: \\d+ characters\\)");
            }
        }
    }

    @Test
    void readsCsvCommentsWithQuotedCommasQuotesAndLineBreaks() {
        ReadResult<Comment> result = read(CommentsInput.CSV_FORMAT, FIXTURES.resolve("comments-clean.csv"));

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsQuarantined()).isZero();
        assertThat(result.accepted())
                .containsExactly(
                        new Comment(
                                "c1",
                                LocalDate.of(2025, 3, 4),
                                RespondentType.PARENT_CARER,
                                "survey",
                                "Zebra: we waited 18 months for a speech therapy assessment, and nobody told us why.",
                                "TRF-SALT-01",
                                "Sale"),
                        new Comment(
                                "c2",
                                LocalDate.of(2025, 3, 5),
                                RespondentType.YOUNG_PERSON,
                                "event",
                                "Zebra: my EHC plan says I get support, but\nthe college says \"we can't provide it\".\n"
                                        + "Nobody listens.",
                                null,
                                "Stretford"),
                        new Comment(
                                "c3",
                                null,
                                RespondentType.PROFESSIONAL,
                                "email",
                                "Zebra: short breaks are full.",
                                null,
                                null));
    }

    @Test
    void quarantinesEachCsvDefectAtTheLineItsRecordStartsOnWithoutTheText() {
        ReadResult<Comment> result = read(CommentsInput.CSV_FORMAT, FIXTURES.resolve("comments-with-problems.csv"));

        // 13 records starting on lines 2-10, 12, 13, 14 and 17 (10 and 14 span lines); accepted: 2 and 14
        assertThat(result.rowsRead()).isEqualTo(13);
        assertThat(result.rowsAccepted()).isEqualTo(2);
        assertThat(result.rowsQuarantined()).isEqualTo(11);
        assertThat(quarantine(result))
                .containsExactly(
                        "line 3 id [d1] duplicate id (first on line 2)",
                        "line 4 id [] a value is required",
                        "line 5 date [32/01/2025] expected a date as yyyy-mm-dd or dd/mm/yyyy, or NA for not known",
                        "line 6 respondent_type [] a value is required",
                        "line 7 respondent_type [alien] expected a respondent type: child, young person, parent/carer,"
                                + " professional or other",
                        "line 8 text [(withheld: 0 characters)] a comment text is required",
                        "line 9 text [(withheld: 10001 characters)] expected a text of at most 10000 characters",
                        "line 10 respondent_type [robot] expected a respondent type: child, young person,"
                                + " parent/carer, professional or other",
                        "line 12 (record) [null] expected 7 values, one per column, found 8: a value holding a comma"
                                + " must be in double quotes",
                        "line 13 (line) [] blank line",
                        "line 17 (record) [null] a double quote opened in this record is never closed: the rest of the"
                                + " file was read as one value");
        assertThat(result.accepted()).extracting(Comment::id).containsExactly("d1", "d14");
        assertThat(result.accepted().get(1).text()).isEqualTo("Zebra nine\non three\nlines");
        assertNoTextLeaks(result);
    }

    @Test
    void readsJsonCommentsWithCamelCaseKeys() {
        ReadResult<Comment> result = read(CommentsInput.JSON_FORMAT, FIXTURES.resolve("comments-clean.json"));

        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.quarantine()).isEmpty();
        assertThat(result.accepted())
                .containsExactly(
                        new Comment(
                                "j1",
                                LocalDate.of(2025, 2, 1),
                                RespondentType.PARENT_CARER,
                                "survey",
                                "Zebra: the OT waiting list is too long, \"18 weeks\".",
                                "TRF-OT-01",
                                "Altrincham"),
                        new Comment(
                                "j2",
                                null,
                                RespondentType.CHILD,
                                null,
                                "Zebra: I like the holiday club\nbut it is far away.",
                                null,
                                null));
    }

    @Test
    void quarantinesEachJsonDefectByPointerWithoutTheText() {
        ReadResult<Comment> result = read(CommentsInput.JSON_FORMAT, FIXTURES.resolve("comments-with-problems.json"));

        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(result.rowsAccepted()).isEqualTo(2);
        assertThat(result.rowsQuarantined()).isEqualTo(7);
        assertThat(quarantine(result))
                .containsExactly(
                        "/1/id id [j1] duplicate id (first at /0)",
                        "/2 (record) [null] expected an object with id, respondent_type and text, found a string",
                        "/3/text text [null] expected a text value, found an object",
                        "/4/respondentType respondent_type [robot] expected a respondent type: child, young person,"
                                + " parent/carer, professional or other",
                        "/5/text text [(withheld: 3 characters)] a comment text is required",
                        "/6/date date [2025/01/01] expected a date as yyyy-mm-dd or dd/mm/yyyy, or NA for not known",
                        "/7/id id [null] a value is required");
        assertThat(result.accepted()).extracting(Comment::id).containsExactly("j1", "j8");
        assertThat(result.accepted().get(1).serviceReference()).isEqualTo("TRF-CAMHS-01");
        assertNoTextLeaks(result);
    }

    @Test
    void invalidJsonStopsTheRunNamingThePlaceButNotTheText() throws IOException {
        Path file = Files.writeString(
                folder.resolve("comments.json"), "[\n  {\"id\": \"x1\", \"text\": Zebra unquoted words}\n]\n");
        assertThatThrownBy(() -> read(CommentsInput.JSON_FORMAT, file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("input 'comments' (" + file + ") is not valid JSON (line 2, column")
                .hasMessageNotContaining(MARKER)
                .hasNoCause();
    }

    @Test
    void jsonThatIsNotAnArrayStopsTheRun() throws IOException {
        Path file = Files.writeString(folder.resolve("comments.json"), "{\"comments\": []}");
        assertThatThrownBy(() -> read(CommentsInput.JSON_FORMAT, file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("holds an object; expected a JSON array of comment objects");
    }

    @Test
    void aCsvWithoutATextColumnStopsTheRunNamingTheColumnNotTheRows() throws IOException {
        Path file = Files.writeString(
                folder.resolve("comments.csv"), "\uFEFFid,respondentType,comment\nx1,parent,Zebra words\n");
        assertThatThrownBy(() -> read(CommentsInput.CSV_FORMAT, file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is missing the column(s) [text]; a comments-csv file needs the columns [id,"
                        + " respondent_type, text] (found [id, respondent_type, comment])")
                .hasMessageNotContaining(MARKER);
    }

    @Test
    void anotherFormatIsRefused() {
        assertThatThrownBy(() -> read("service-csv", FIXTURES.resolve("comments-clean.csv")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("comments are read from comments-csv or comments-json");
    }
}
