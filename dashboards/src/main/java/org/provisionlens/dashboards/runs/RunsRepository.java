package org.provisionlens.dashboards.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class RunsRepository {

    /**
     * From review_run_state (migration V6), not review_run: a run marked running whose process has stopped (its lease
     * is gone) is read as failed, "abandoned: the process stopped during (stage)".
     */
    private static final String RUN_COLUMNS = """
            SELECT r.run_id, r.manifest_name, r.la_code, r.la_name, r.status, r.stage, r.message,
                   r.started_at, r.finished_at, (p.run_id IS NOT NULL) AS currently_published
              FROM review_run_state r
              LEFT JOIN published_run p ON p.run_id = r.run_id
            """;

    private final JdbcTemplate jdbc;

    RunsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every run, newest first, with its inputs. */
    List<RunRow> runs() {
        List<RunRow> runs = jdbc.query(RUN_COLUMNS + " ORDER BY r.started_at DESC, r.run_id DESC", RunsRepository::run);
        Map<Long, List<RunInputRow>> inputs =
                jdbc.query("SELECT * FROM run_input ORDER BY run_id, input_name", RunsRepository::input).stream()
                        .collect(Collectors.groupingBy(RunInputRow::runId));
        return runs.stream()
                .map(run -> run.withInputs(inputs.getOrDefault(run.runId(), List.of())))
                .toList();
    }

    Optional<RunRow> run(long runId) {
        return jdbc.query(RUN_COLUMNS + " WHERE r.run_id = ?", RunsRepository::run, runId).stream()
                .findFirst()
                .map(run -> run.withInputs(jdbc.query(
                        "SELECT * FROM run_input WHERE run_id = ? ORDER BY input_name", RunsRepository::input, runId)));
    }

    List<QuarantineRow> quarantine(long runId, int limit) {
        return jdbc.query(
                """
                SELECT input_name, file, coalesce('line ' || line, pointer) AS location, field, value, reason
                  FROM quarantine
                 WHERE run_id = ? ORDER BY input_name, file, line, pointer, field LIMIT ?
                """,
                (rs, i) -> new QuarantineRow(
                        rs.getString("input_name"),
                        rs.getString("file"),
                        rs.getString("location"),
                        rs.getString("field"),
                        rs.getString("value"),
                        rs.getString("reason")),
                runId,
                limit);
    }

    /** The run's findings in optional fields of the rows it kept, values included, the first {@code limit}. */
    List<FindingRow> findings(long runId, int limit) {
        return jdbc.query(
                """
                SELECT input_name, file, coalesce('line ' || line, pointer) AS location, service_id, field, value,
                       kept_as, reason
                  FROM input_finding
                 WHERE run_id = ? ORDER BY input_name, file, line, pointer, field LIMIT ?
                """,
                (rs, i) -> new FindingRow(
                        rs.getString("input_name"),
                        rs.getString("file"),
                        rs.getString("location"),
                        rs.getString("service_id"),
                        rs.getString("field"),
                        rs.getString("value"),
                        rs.getString("kept_as"),
                        rs.getString("reason")),
                runId,
                limit);
    }

    long findingCount(long runId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM input_finding WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    long quarantineCount(long runId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM quarantine WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    private static RunRow run(ResultSet rs, int rowNum) throws SQLException {
        return new RunRow(
                rs.getLong("run_id"),
                rs.getString("manifest_name"),
                rs.getString("la_code"),
                rs.getString("la_name"),
                rs.getString("status"),
                rs.getString("stage"),
                rs.getString("message"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getBoolean("currently_published"),
                List.of());
    }

    private static RunInputRow input(ResultSet rs, int rowNum) throws SQLException {
        return new RunInputRow(
                rs.getLong("run_id"),
                rs.getString("input_name"),
                rs.getString("input_format"),
                rs.getString("path"),
                rs.getString("sha256"),
                rs.getLong("rows_read"),
                rs.getLong("rows_accepted"),
                rs.getLong("rows_quarantined"),
                rs.getLong("rows_out_of_scope"));
    }
}
