package org.provisionlens.dashboards.comments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.provisionlens.dashboards.PublishedRun;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The anonymised comments of one service, and the theme counts of a local authority year by year. */
@Repository
class ServiceCommentsRepository {

    private final JdbcTemplate jdbc;

    ServiceCommentsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The service's name in the run, if it is listed. */
    String serviceName(PublishedRun run, String serviceId) {
        List<String> names = jdbc.queryForList(
                "SELECT name FROM service WHERE run_id = ? AND service_id = ?", String.class, run.runId(), serviceId);
        return names.isEmpty() ? null : names.get(0);
    }

    /**
     * Comments not held for review whose service_reference is the service id or the id without its input prefix
     * ("oruk:svc-1" or "svc-1"), theme by theme.
     */
    List<ServiceComment> comments(PublishedRun run, String serviceId) {
        String local = serviceId.contains(":") ? serviceId.substring(serviceId.indexOf(':') + 1) : serviceId;
        return jdbc.query(
                """
                SELECT a.comment_id, a.received_on, a.anonymised_text, t.theme_label, t.stance
                  FROM comment_publishable a
                  JOIN comment_theme t ON t.run_id = a.run_id AND t.comment_id = a.comment_id
                 WHERE a.run_id = ? AND a.service_reference IN (?, ?)
                 ORDER BY a.received_on DESC NULLS LAST, a.comment_id, t.theme_label
                """,
                (rs, i) -> new ServiceComment(
                        rs.getString("comment_id"),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getString("anonymised_text"),
                        rs.getString("theme_label"),
                        rs.getString("stance")),
                run.runId(),
                serviceId,
                local);
    }

    /** Comments per theme per year over every published run of the local authority, each comment counted once. */
    Trends trends(String laCode) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        TreeSet<String> years = new TreeSet<>();
        jdbc.query(
                """
                SELECT t.theme, min(t.theme_label) AS label, CAST(EXTRACT(YEAR FROM a.received_on) AS INTEGER) AS year,
                       count(DISTINCT a.comment_id) AS comments
                  FROM comment_publishable a
                  JOIN comment_theme t ON t.run_id = a.run_id AND t.comment_id = a.comment_id
                  JOIN review_run r ON r.run_id = a.run_id
                 WHERE r.la_code = ? AND r.status = 'published'
                   AND a.received_on IS NOT NULL
                 GROUP BY t.theme, year
                 ORDER BY min(t.theme_label), year
                """,
                rs -> {
                    String theme = rs.getString("theme");
                    String year = Integer.toString(rs.getInt("year"));
                    labels.putIfAbsent(theme, rs.getString("label"));
                    counts.computeIfAbsent(theme, k -> new LinkedHashMap<>()).put(year, rs.getInt("comments"));
                    years.add(year);
                },
                laCode);
        List<Trends.Line> lines = new ArrayList<>();
        for (Map.Entry<String, String> theme : labels.entrySet()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            years.forEach(y -> row.put(y, counts.get(theme.getKey()).getOrDefault(y, 0)));
            lines.add(new Trends.Line(theme.getKey(), theme.getValue(), row));
        }
        return new Trends(List.copyOf(years), lines);
    }
}
