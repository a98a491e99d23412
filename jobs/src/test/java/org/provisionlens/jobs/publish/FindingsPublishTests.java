package org.provisionlens.jobs.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.services.Service;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.copy.TableSink;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.sources.oruk.OrukReaders;

/**
 * A feed read with findings (the fixture in the shape of Bristol's and North Lincolnshire's trailing full stops) as
 * the publishing transaction writes it: run_input with rows_with_findings, and one input_finding row per finding with
 * its file, pointer, service, field, value as given, kept value and reason. The transaction is rolled back, so other
 * connections never see it.
 */
class FindingsPublishTests {

    @Test
    void writesEachFindingAndTheRowsWithFindings() throws SQLException, IOException {
        InputSpec spec = new InputSpec(
                "directory", "oruk-json", Path.of("src/test/resources/oruk/trailing-full-stop-emails.json"));
        ReadResult<Service> read = OrukReaders.read(spec);
        try (Connection connection = TestDatabases.shared().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                long run = run(connection);
                TableSink sink = TableSink.copyTo(connection);

                Publisher.writeInputs(
                        sink,
                        run,
                        List.of(new InputReconciliation(
                                "directory",
                                "oruk-json",
                                "trailing-full-stop-emails.json",
                                read.sha256(),
                                read.rowsRead(),
                                read.rowsAccepted(),
                                read.rowsQuarantined(),
                                0,
                                read.rowsWithFindings())));
                Publisher.writeFindings(sink, run, read.findings());

                // 3 services read, all kept, none quarantined, 2 of them with findings
                assertThat(rows(
                                connection,
                                "SELECT rows_read, rows_accepted, rows_quarantined, rows_with_findings FROM run_input"
                                        + " WHERE run_id = ?",
                                run))
                        .containsExactly("3|3|0|2");
                assertThat(rows(
                                connection,
                                "SELECT input_name, file, line, pointer, service_id, field, value, kept_as, reason"
                                        + " FROM input_finding WHERE run_id = ? ORDER BY pointer COLLATE \"C\"",
                                run))
                        .containsExactly(
                                "directory|trailing-full-stop-emails.json|null|/contents/0/email|directory:bristol-1"
                                        + "|email|helpline@mencap.org.uk.|helpline@mencap.org.uk"
                                        + "|the full stop after the address was removed",
                                "directory|trailing-full-stop-emails.json|null|/contents/0/url|directory:bristol-1"
                                        + "|url|www.mencap.org.uk|https://www.mencap.org.uk"
                                        + "|no http:// or https://: https:// was added",
                                "directory|trailing-full-stop-emails.json|null|/contents/1/contacts/0/email"
                                        + "|directory:northlincs-1|email|mailto:familyhubs@northlincs.gov.uk."
                                        + "|familyhubs@northlincs.gov.uk|the mailto: prefix was removed; the full stop"
                                        + " after the address was removed",
                                "directory|trailing-full-stop-emails.json|null|/contents/1/contacts/0/phones/0/number"
                                        + "|directory:northlincs-1|number|ask at reception|null|not a UK phone number:"
                                        + " expected 10 or 11 digits, such as 0161 912 1234 or +44 161 912 1234");
            } finally {
                connection.rollback();
            }
        }
    }

    private static long run(Connection connection) throws SQLException {
        try (PreparedStatement start = connection.prepareStatement(
                        "INSERT INTO review_run (manifest_name, manifest_path, la_code, status, inputs_sha256,"
                                + " started_at) VALUES ('findings', 'findings.json', 'E06000023', 'running', 'x', now())"
                                + " RETURNING run_id");
                ResultSet id = start.executeQuery()) {
            id.next();
            return id.getLong(1);
        }
    }

    /** Each row's columns joined by "|". */
    private static List<String> rows(Connection connection, String sql, long run) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, run);
            try (ResultSet row = query.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(String.valueOf(row.getString(i)));
                    }
                    rows.add(String.join("|", values));
                }
            }
        }
        return rows;
    }
}
