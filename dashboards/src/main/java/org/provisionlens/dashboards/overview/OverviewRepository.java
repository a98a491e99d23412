package org.provisionlens.dashboards.overview;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class OverviewRepository {

    private final JdbcTemplate jdbc;

    OverviewRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PublishedSummary> publishedSummaries() {
        return jdbc.query(
                """
                SELECT h.la_code, h.la_name, h.time_period, h.ehc_plans, p.published_at, p.run_id
                  FROM published_run p
                  JOIN review_headline h ON h.run_id = p.run_id
                 ORDER BY h.la_name, h.la_code
                """,
                (rs, i) -> new PublishedSummary(
                        rs.getString("la_code"),
                        rs.getString("la_name"),
                        rs.getString("time_period"),
                        rs.getInt("ehc_plans"),
                        rs.getObject("published_at", OffsetDateTime.class),
                        rs.getLong("run_id")));
    }
}
