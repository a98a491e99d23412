package org.provisionlens.dashboards.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.audit.ListingField;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.provisionlens.dashboards.RunCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the Schedule 2 audit of published runs only. */
@Repository
class AuditRepository {

    private final JdbcTemplate jdbc;

    private final PublishedRuns runs;

    // derived from the published run only, which never changes: kept by run id (RunCache)
    private final RunCache<AuditReport> reports = new RunCache<>(200);

    AuditRepository(JdbcTemplate jdbc, PublishedRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    List<PublishedRun> publishedRuns() {
        return runs.all();
    }

    /** The published run of {@code laCode}, or of the first local authority when none is asked for. */
    Optional<PublishedRun> published(String laCode) {
        return runs.published(laCode);
    }

    AuditReport report(PublishedRun run) {
        return reports.get(run.runId(), () -> read(run));
    }

    private AuditReport read(PublishedRun run) {
        long runId = run.runId();
        List<CategoryRow> categories = jdbc.query(
                "SELECT * FROM audit_category WHERE run_id = ? ORDER BY paragraph, category",
                (rs, i) -> new CategoryRow(
                        rs.getString("category"),
                        rs.getInt("paragraph"),
                        rs.getString("label"),
                        rs.getInt("services"),
                        rs.getInt("complete"),
                        rs.getInt("score"),
                        rs.getObject("elements", Integer.class),
                        rs.getObject("elements_met", Integer.class)),
                runId);
        List<FixRow> fixes = jdbc.query(
                "SELECT * FROM audit_fix WHERE run_id = ? ORDER BY priority",
                (rs, i) -> new FixRow(rs.getInt("priority"), rs.getString("what"), rs.getString("why")),
                runId);
        List<UnlistedRow> unlisted = jdbc.query(
                "SELECT * FROM audit_unlisted_setting WHERE run_id = ? ORDER BY children DESC, setting",
                (rs, i) -> new UnlistedRow(rs.getString("setting"), rs.getInt("children")),
                runId);
        return new AuditReport(run, categories, elements(runId), listings(runId), fixes, unlisted, findings(runId));
    }

    private List<ElementRow> elements(long runId) {
        Map<String, List<EvidenceRow>> evidence = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT e.category, e.element, e.service_id, s.name, e.field, e.phrase
                  FROM audit_element_evidence e
                  LEFT JOIN service s ON s.run_id = e.run_id AND s.service_id = e.service_id
                 WHERE e.run_id = ?
                 ORDER BY e.category, e.element, lower(coalesce(s.name, e.service_id)), e.service_id
                """,
                rs -> {
                    evidence.computeIfAbsent(
                                    rs.getString("category") + "/" + rs.getString("element"), k -> new ArrayList<>())
                            .add(new EvidenceRow(
                                    rs.getString("service_id"),
                                    rs.getString("name"),
                                    rs.getString("field"),
                                    rs.getString("phrase")));
                },
                runId);
        return jdbc.query(
                "SELECT * FROM audit_element WHERE run_id = ? ORDER BY position",
                (rs, i) -> new ElementRow(
                        rs.getString("category"),
                        rs.getString("element"),
                        rs.getString("name"),
                        rs.getString("rule"),
                        rs.getBoolean("met"),
                        rs.getString("summary"),
                        evidence.getOrDefault(rs.getString("category") + "/" + rs.getString("element"), List.of())),
                runId);
    }

    /** The listings, least complete first. */
    private List<ListingRow> listings(long runId) {
        return jdbc.query(
                """
                SELECT l.service_id, s.name, l.score, l.missing, l.required_missing, l.offline_route
                  FROM audit_listing l
                  LEFT JOIN service s ON s.run_id = l.run_id AND s.service_id = l.service_id
                 WHERE l.run_id = ?
                 ORDER BY l.score, lower(coalesce(s.name, l.service_id)), l.service_id
                """,
                (rs, i) -> new ListingRow(
                        rs.getString("service_id"),
                        rs.getString("name"),
                        rs.getInt("score"),
                        labels(rs),
                        rs.getInt("required_missing"),
                        rs.getBoolean("offline_route")),
                runId);
    }

    /**
     * The findings in optional fields of the run's listings, each with the published listing that carries its row (a
     * listing merged from several sources carries each source's findings), by listing name.
     */
    private List<FindingRow> findings(long runId) {
        return jdbc.query(
                """
                WITH listing AS (
                    SELECT DISTINCT ON (ss.input_name, ss.source_id)
                           ss.input_name, ss.input_name || ':' || ss.source_id AS source_key, s.service_id, s.name
                      FROM service_source ss
                      JOIN service s ON s.run_id = ss.run_id AND s.service_id = ss.service_id
                     WHERE ss.run_id = ?
                     ORDER BY ss.input_name, ss.source_id, s.service_id)
                SELECT coalesce(l.service_id, f.service_id, f.input_name) AS listing_id, l.name, f.input_name,
                       f.field, f.value, f.kept_as, f.reason
                  FROM input_finding f
                  LEFT JOIN listing l ON l.input_name = f.input_name AND l.source_key = f.service_id
                 WHERE f.run_id = ?
                 ORDER BY lower(coalesce(l.name, f.service_id, '')), listing_id, f.file, f.line, f.pointer, f.field
                """,
                (rs, i) -> new FindingRow(
                        rs.getString("listing_id"),
                        rs.getString("name"),
                        rs.getString("input_name"),
                        rs.getString("field"),
                        rs.getString("value"),
                        rs.getString("kept_as"),
                        rs.getString("reason")),
                runId,
                runId);
    }

    /** The jobs write the fields' codes (CONTACT); the page and downloads say what they mean. */
    private static List<String> labels(ResultSet rs) throws SQLException {
        Array array = rs.getArray("missing");
        return Arrays.stream((String[]) array.getArray())
                .map(code -> ListingField.valueOf(code).label())
                .toList();
    }
}
