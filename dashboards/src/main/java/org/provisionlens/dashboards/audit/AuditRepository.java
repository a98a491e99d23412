package org.provisionlens.dashboards.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.audit.ListingGap;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the Schedule 2 audit of published runs only. */
@Repository
class AuditRepository {

    private final JdbcTemplate jdbc;

    private final PublishedRuns runs;

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
        long runId = run.runId();
        List<CategoryRow> categories = jdbc.query(
                "SELECT * FROM audit_category WHERE run_id = ? ORDER BY paragraph, category",
                (rs, i) -> new CategoryRow(
                        rs.getString("category"),
                        rs.getInt("paragraph"),
                        rs.getString("label"),
                        rs.getInt("services"),
                        rs.getInt("complete"),
                        rs.getInt("score")),
                runId);
        List<FixRow> fixes = jdbc.query(
                "SELECT * FROM audit_fix WHERE run_id = ? ORDER BY priority",
                (rs, i) -> new FixRow(rs.getInt("priority"), rs.getString("what"), rs.getString("why")),
                runId);
        List<UnlistedRow> unlisted = jdbc.query(
                "SELECT * FROM audit_unlisted_setting WHERE run_id = ? ORDER BY children DESC, setting",
                (rs, i) -> new UnlistedRow(rs.getString("setting"), rs.getInt("children")),
                runId);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> gaps = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT g.service_id, g.gap, s.name
                  FROM audit_listing_gap g
                  LEFT JOIN service s ON s.run_id = g.run_id AND s.service_id = g.service_id
                 WHERE g.run_id = ?
                 ORDER BY lower(coalesce(s.name, g.service_id)), g.service_id, g.gap
                """,
                rs -> {
                    String id = rs.getString("service_id");
                    names.put(id, rs.getString("name"));
                    // the jobs write the gap's code (NO_CONTACT); the page and downloads say what it means
                    gaps.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(ListingGap.valueOf(rs.getString("gap")).description());
                },
                runId);
        List<ServiceGaps> services = new ArrayList<>();
        gaps.forEach((id, list) -> services.add(new ServiceGaps(id, names.get(id), List.copyOf(list))));
        return new AuditReport(run, categories, fixes, unlisted, services);
    }
}
