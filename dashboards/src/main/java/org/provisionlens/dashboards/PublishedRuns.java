package org.provisionlens.dashboards;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The published run of each local authority (the only runs the pages show), and the choice of one by the page's
 * {@code la} parameter: the one asked for, or the first by name when none is. One place for every page.
 */
@Component
public class PublishedRuns {

    /** A published run: its LA (name from the run's headline when it has one) and when it finished. */
    public record Run(String laCode, String laName, long runId, OffsetDateTime finishedAt) {}

    private final JdbcTemplate jdbc;

    public PublishedRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published run, by LA name. */
    public List<Run> all() {
        return jdbc.query(
                """
                SELECT p.la_code, coalesce(h.la_name, r.la_name, p.la_code) AS la_name, p.run_id,
                       coalesce(r.finished_at, p.published_at) AS finished_at
                  FROM published_run p
                  JOIN review_run r ON r.run_id = p.run_id
                  LEFT JOIN review_headline h ON h.run_id = p.run_id
                 ORDER BY la_name, p.la_code
                """,
                (rs, i) -> new Run(
                        rs.getString("la_code"),
                        rs.getString("la_name"),
                        rs.getLong("run_id"),
                        rs.getObject("finished_at", OffsetDateTime.class)));
    }

    /** The run of {@code laCode} (any case), or the first when none is asked for. */
    public static <T> Optional<T> choose(List<T> runs, Function<T, String> laCode, String wanted) {
        return wanted == null || wanted.isBlank()
                ? runs.stream().findFirst()
                : runs.stream()
                        .filter(run -> laCode.apply(run).equalsIgnoreCase(wanted.trim()))
                        .findFirst();
    }
}
