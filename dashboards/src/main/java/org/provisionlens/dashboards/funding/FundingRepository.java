package org.provisionlens.dashboards.funding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.provisionlens.dashboards.RunCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The service_funding rows of published runs, with their services' names and domains. */
@Repository
class FundingRepository {

    private final JdbcTemplate jdbc;
    private final PublishedRuns runs;

    FundingRepository(JdbcTemplate jdbc, PublishedRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    // derived from the published run only, which never changes: kept by run id (RunCache)
    private final RunCache<FundingReport> reports = new RunCache<>(200);

    List<PublishedRun> publishedRuns() {
        return runs.all();
    }

    Optional<FundingReport> published(String laCode) {
        return runs.published(laCode).map(run -> reports.get(run.runId(), () -> report(run)));
    }

    private FundingReport report(PublishedRun run) {
        record Row(String serviceId, String name, String domain, FundingLine line) {}
        List<Row> rows = jdbc.query(
                """
                SELECT s.service_id, s.name, s.domain, f.funder, f.funder_name, f.share_pct, f.annual_amount,
                       f.arrangement
                  FROM service_funding f
                  JOIN service s ON s.run_id = f.run_id AND s.service_id = f.service_id
                 WHERE f.run_id = ?
                 ORDER BY s.name, s.service_id, f.share_pct DESC NULLS LAST, f.funder
                """,
                (rs, i) -> new Row(
                        rs.getString("service_id"),
                        rs.getString("name"),
                        rs.getString("domain"),
                        new FundingLine(
                                rs.getString("funder"),
                                rs.getString("funder_name"),
                                rs.getBigDecimal("share_pct"),
                                rs.getBigDecimal("annual_amount"),
                                rs.getString("arrangement"))),
                run.runId());
        Map<String, List<Row>> byService = new LinkedHashMap<>();
        rows.forEach(row -> byService
                .computeIfAbsent(row.serviceId(), id -> new ArrayList<>())
                .add(row));
        List<ServiceFunding> services = new ArrayList<>();
        byService.forEach((id, lines) -> services.add(new ServiceFunding(
                id,
                lines.get(0).name(),
                lines.get(0).domain(),
                lines.stream().map(Row::line).toList())));
        Integer inRun =
                jdbc.queryForObject("SELECT count(*) FROM service WHERE run_id = ?", Integer.class, run.runId());
        return new FundingReport(run, services, inRun == null ? 0 : inRun);
    }
}
