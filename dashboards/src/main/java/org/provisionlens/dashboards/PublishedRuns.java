package org.provisionlens.dashboards;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The published run of each local authority (the only runs the pages show), and the choice of one by the page's
 * {@code la} parameter: the one asked for, or the first by name when none is. One place for every page.
 */
@Component
public class PublishedRuns {

    private final JdbcTemplate jdbc;

    public PublishedRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published run, by LA name. */
    public List<PublishedRun> all() {
        return jdbc.query(
                """
                SELECT p.la_code, coalesce(h.la_name, r.la_name, p.la_code) AS la_name, p.run_id,
                       coalesce(r.finished_at, p.published_at) AS finished_at
                  FROM published_run p
                  JOIN review_run r ON r.run_id = p.run_id
                  LEFT JOIN review_headline h ON h.run_id = p.run_id
                 ORDER BY la_name, p.la_code
                """,
                (rs, i) -> new PublishedRun(
                        rs.getString("la_code"),
                        rs.getString("la_name"),
                        rs.getLong("run_id"),
                        rs.getObject("finished_at", OffsetDateTime.class)));
    }

    /** The published run of {@code laCode} (any case), or the first by LA name when none is asked for. */
    public Optional<PublishedRun> published(String laCode) {
        List<PublishedRun> runs = all();
        return laCode == null || laCode.isBlank()
                ? runs.stream().findFirst()
                : runs.stream()
                        .filter(run -> run.laCode().equalsIgnoreCase(laCode.trim()))
                        .findFirst();
    }
}
