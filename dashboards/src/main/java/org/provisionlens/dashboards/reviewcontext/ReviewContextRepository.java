package org.provisionlens.dashboards.reviewcontext;

import java.time.YearMonth;
import java.util.List;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.Therapy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the thresholds and NHS waits of a published run (the callers give the published run's id). */
@Repository
class ReviewContextRepository {

    private final JdbcTemplate jdbc;

    ReviewContextRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Threshold> thresholds(long runId) {
        return jdbc.query(
                "SELECT threshold, value, source FROM review_threshold WHERE run_id = ? ORDER BY threshold",
                (rs, i) -> new Threshold(rs.getString("threshold"), rs.getBigDecimal("value"), rs.getString("source")),
                runId);
    }

    List<CommunityWait> waits(long runId) {
        return jdbc.query(
                """
                SELECT area_type, area_name, month, therapy, waiting, over_18_to_52_weeks, over_52_weeks
                  FROM community_wait WHERE run_id = ?
                 ORDER BY area_type DESC, area_name, month, therapy
                """,
                (rs, i) -> new CommunityWait(
                        CommunityWait.AreaType.valueOf(rs.getString("area_type")),
                        rs.getString("area_name"),
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        Therapy.valueOf(rs.getString("therapy")),
                        rs.getObject("waiting", Integer.class),
                        rs.getObject("over_18_to_52_weeks", Integer.class),
                        rs.getObject("over_52_weeks", Integer.class)),
                runId);
    }
}
