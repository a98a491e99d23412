package org.provisionlens.dashboards;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The published run of each local authority (the only runs the pages show), and the choice of one by the page's
 * {@code la} parameter: the one asked for, or the first by name when none is. One place for every page.
 */
@Component
public class PublishedRuns {

    private static final String REQUEST_ATTRIBUTE = PublishedRuns.class.getName() + ".all";

    private final JdbcTemplate jdbc;

    public PublishedRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every published run, by LA name. Read once per request (a page's controller and its services each ask): the
     * list is kept in the request's attributes, so one page sees one list even if a run is published meanwhile.
     */
    public List<PublishedRun> all() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read();
        }
        @SuppressWarnings("unchecked")
        List<PublishedRun> runs =
                (List<PublishedRun>) request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (runs == null) {
            runs = read();
            request.setAttribute(REQUEST_ATTRIBUTE, runs, RequestAttributes.SCOPE_REQUEST);
        }
        return runs;
    }

    private List<PublishedRun> read() {
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
