package org.provisionlens.dashboards.services;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.provisionlens.dashboards.RunCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the services of published runs only: every query is for the run a published pointer names. */
@Repository
class ServicesRepository {

    private static final String ROW_COLUMNS = """
            v.service_id, v.name, v.organisation, v.domain, v.tier, v.needs, v.min_age, v.max_age, v.capacity,
            v.capacity_unit, v.current_use, v.waiting_list, v.waiting_weeks, v.funder, v.in_area, v.last_reviewed,
            v.merged_from,
            ARRAY(SELECT DISTINCT s.input_name FROM service_source s
                   WHERE s.run_id = v.run_id AND s.service_id = v.service_id ORDER BY s.input_name) AS source_inputs
            """;

    private final JdbcTemplate jdbc;

    private final PublishedRuns runs;

    // derived from the published run only, which never changes: kept by run id (RunCache)
    private final RunCache<ServicesSummary> summaries = new RunCache<>(200);
    private final RunCache<DomainTierTable> domainTiers = new RunCache<>(200);
    private final RunCache<List<String>> needCodes = new RunCache<>(200);
    private final RunCache<Long> counts = new RunCache<>(1000);
    private final RunCache<List<ServiceRow>> pages = new RunCache<>(1000);

    ServicesRepository(JdbcTemplate jdbc, PublishedRuns runs) {
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

    ServicesSummary summary(PublishedRun run) {
        return summaries.get(
                run.runId(),
                () -> jdbc.queryForObject(
                        """
                SELECT (SELECT count(*) FROM service WHERE run_id = ?) AS services,
                       (SELECT count(*) FROM service_source WHERE run_id = ?) AS listings,
                       (SELECT count(*) FROM service WHERE run_id = ? AND merged_from > 1) AS merged
                """,
                        (rs, i) -> new ServicesSummary(
                                rs.getLong("services"), rs.getLong("listings"), rs.getLong("merged")),
                        run.runId(),
                        run.runId(),
                        run.runId()));
    }

    DomainTierTable domainTier(PublishedRun run) {
        return domainTiers.get(
                run.runId(),
                () -> DomainTierTable.of(jdbc.query(
                        "SELECT domain, tier, count(*) AS services FROM service WHERE run_id = ? GROUP BY domain, tier",
                        (rs, i) -> new DomainTierTable.Count(
                                rs.getString("domain"), rs.getString("tier"), rs.getInt("services")),
                        run.runId())));
    }

    /** Every need code some service of the run lists, in order. */
    List<String> needCodes(PublishedRun run) {
        return needCodes.get(
                run.runId(),
                () -> jdbc.queryForList(
                        "SELECT DISTINCT unnest(needs) AS need FROM service WHERE run_id = ? ORDER BY need",
                        String.class,
                        run.runId()));
    }

    long count(PublishedRun run, ServiceFilter filter) {
        return counts.get(run.runId(), filter, () -> readCount(run, filter));
    }

    private long readCount(PublishedRun run, ServiceFilter filter) {
        ServiceFilter.Where where = filter.where();
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM service v WHERE v.run_id = ?" + where.sql(),
                Long.class,
                args(run, where).toArray());
        return count == null ? 0 : count;
    }

    /** The services the filter selects, sorted by name; {@code limit} of them from {@code offset}, or all. */
    List<ServiceRow> services(PublishedRun run, ServiceFilter filter, long offset, Integer limit) {
        return pages.get(
                run.runId(),
                List.of(filter, offset, limit == null ? -1 : limit),
                () -> read(run, filter, offset, limit));
    }

    private List<ServiceRow> read(PublishedRun run, ServiceFilter filter, long offset, Integer limit) {
        ServiceFilter.Where where = filter.where();
        String order = filter.descending() ? "DESC" : "ASC";
        List<Object> args = args(run, where);
        String page = "";
        if (limit != null) {
            page = " LIMIT ? OFFSET ?";
            args.add(limit);
            args.add(offset);
        }
        return jdbc.query(
                "SELECT " + ROW_COLUMNS + " FROM service v WHERE v.run_id = ?" + where.sql()
                        + " ORDER BY lower(v.name) " + order + ", v.name " + order + ", v.service_id" + page,
                rowMapper(run),
                args.toArray());
    }

    Optional<ServiceDetail> detail(PublishedRun run, String serviceId) {
        RowMapper<ServiceRow> rows = rowMapper(run);
        List<ServiceDetail> found = jdbc.query(
                "SELECT " + ROW_COLUMNS + ", v.description, v.urn, v.cost_per_unit, v.eligibility, v.quality_rating,"
                        + " v.email, v.phone, v.website, v.categories FROM service v"
                        + " WHERE v.run_id = ? AND v.service_id = ?",
                (rs, i) -> new ServiceDetail(
                        rows.mapRow(rs, i),
                        rs.getString("description"),
                        rs.getString("urn"),
                        rs.getBigDecimal("cost_per_unit"),
                        rs.getString("eligibility"),
                        rs.getString("quality_rating"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("website"),
                        strings(rs.getArray("categories")),
                        locations(run, serviceId),
                        sources(run, serviceId)),
                run.runId(),
                serviceId);
        return found.stream().findFirst();
    }

    private List<ServiceDetail.Location> locations(PublishedRun run, String serviceId) {
        return jdbc.query(
                "SELECT * FROM service_location WHERE run_id = ? AND service_id = ? ORDER BY position",
                (rs, i) -> new ServiceDetail.Location(
                        rs.getInt("position"),
                        rs.getString("name"),
                        rs.getString("address"),
                        rs.getString("postcode"),
                        rs.getObject("latitude", Double.class),
                        rs.getObject("longitude", Double.class)),
                run.runId(),
                serviceId);
    }

    private List<ServiceDetail.Source> sources(PublishedRun run, String serviceId) {
        return jdbc.query(
                """
                SELECT * FROM service_source WHERE run_id = ? AND service_id = ?
                 ORDER BY input_name, file, location, source_id
                """,
                (rs, i) -> new ServiceDetail.Source(
                        rs.getString("input_name"),
                        rs.getString("format"),
                        rs.getString("file"),
                        rs.getString("location"),
                        rs.getString("source_id")),
                run.runId(),
                serviceId);
    }

    private static RowMapper<ServiceRow> rowMapper(PublishedRun run) {
        LocalDate cutoff = run.reviewCutoff();
        return (rs, i) -> {
            LocalDate lastReviewed = rs.getObject("last_reviewed", LocalDate.class);
            return new ServiceRow(
                    rs.getString("service_id"),
                    rs.getString("name"),
                    rs.getString("organisation"),
                    rs.getString("domain"),
                    rs.getString("tier"),
                    strings(rs.getArray("needs")),
                    integer(rs, "min_age"),
                    integer(rs, "max_age"),
                    integer(rs, "capacity"),
                    rs.getString("capacity_unit"),
                    integer(rs, "current_use"),
                    integer(rs, "waiting_list"),
                    integer(rs, "waiting_weeks"),
                    rs.getString("funder"),
                    rs.getObject("in_area", Boolean.class),
                    lastReviewed,
                    ServiceRow.overdue(lastReviewed, cutoff),
                    rs.getInt("merged_from"),
                    strings(rs.getArray("source_inputs")));
        };
    }

    private static List<Object> args(PublishedRun run, ServiceFilter.Where where) {
        List<Object> args = new ArrayList<>();
        args.add(run.runId());
        args.addAll(where.args());
        return args;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((String[]) array.getArray())
                        .filter(Objects::nonNull)
                        .toList();
    }
}
