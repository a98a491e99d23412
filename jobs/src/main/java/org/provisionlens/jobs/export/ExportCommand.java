package org.provisionlens.jobs.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVPrinter;
import org.provisionlens.core.csv.CsvFormats;
import org.provisionlens.jobs.exit.ExitCode;

/**
 * One table of a published run as CSV (standard output when no file is given). Without a run id, the LA's published run
 * (or the only published one).
 */
public final class ExportCommand {

    /** The tables that can be exported, and the columns they are ordered by. */
    static final Map<String, String> TABLES = tables();

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("sufficiency_cell", "area_level, area_code, need_code, age_band, domain, tier");
        tables.put("sufficiency_cell_service", "need_code, age_band, domain, tier, service_id");
        tables.put("demand_forecast", "area_code, series, year");
        tables.put("forecast_backtest_origin", "model, origin, horizon");
        tables.put("forecast_break", "year, la_code");
        tables.put("audit_category", "paragraph");
        tables.put("audit_element", "position");
        tables.put("audit_element_evidence", "category, element, service_id");
        tables.put("audit_listing", "score, service_id");
        tables.put("audit_fix", "priority");
        tables.put("audit_listing_gap", "service_id, gap");
        tables.put("audit_unlisted_setting", "children DESC, setting");
        tables.put("place_forecast_type", "display_order");
        tables.put("place_forecast_cell", "scap_type, year, year_group");
        tables.put("place_forecast_setting", "scap_type, service_id");
        tables.put("place_forecast_growth", "age_band, year");
        tables.put("specialist_sufficiency", "display_order");
        tables.put("specialist_demand_by_need", "provision_kind, need_code");
        tables.put("specialist_setting", "provision_kind, urn");
        tables.put("service", "service_id");
        tables.put("service_source", "service_id, position");
        tables.put("locality_lsoa", "locality_code, lsoa_code");
        tables.put("area_population", "geography, area_code, age");
        tables.put("demand_statistic", "input_name, area_code, indicator, time_period, filters");
        tables.put("review_threshold", "threshold");
        tables.put("run_transport_policy", "run_id");
        tables.put("run_placement_cost", "provision_kind");
        tables.put("community_wait", "area_type, area_name, therapy, month");
        tables.put("health_geography", "region_code, icb_code, sub_icb_code");
        tables.put("run_health_place", "sub_icb_code");
        tables.put("run_input", "input_name");
        tables.put("quarantine", "input_name, line, pointer, field");
        return tables;
    }

    /** The names of the tables that can be exported, in the order the usage lists them. */
    public static Set<String> tableNames() {
        return TABLES.keySet();
    }

    private final DataSource database;
    private final PrintStream out;
    private final PrintStream err;

    public ExportCommand(DataSource database, PrintStream out, PrintStream err) {
        this.database = database;
        this.out = out;
        this.err = err;
    }

    /**
     * Exports the table of the run with the id given, or else of the LA's published run (or the only published one), to
     * the file, or to standard output when the file is null.
     */
    public ExitCode run(String table, String la, Long runId, Path file) {
        if (table == null || !TABLES.containsKey(table)) {
            err.println("--table must be one of " + TABLES.keySet());
            return ExitCode.BAD_INPUT;
        }
        try (Connection connection = database.getConnection()) {
            long run = runId != null ? published(connection, runId) : publishedRun(connection, la);
            long rows;
            if (file == null) {
                rows = write(connection, table, run, new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            } else {
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    rows = write(connection, table, run, writer);
                }
                out.println(rows + " rows of " + table + " (run " + run + ") written to " + file.toAbsolutePath());
            }
            return ExitCode.DONE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (SQLException | IOException e) {
            err.println("Could not export " + table + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    private static long published(Connection connection, long runId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT status FROM review_run WHERE run_id = ?")) {
            statement.setLong(1, runId);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next() || !"published".equals(result.getString(1))) {
                    throw new IllegalArgumentException("run " + runId + " is not a published run");
                }
                return runId;
            }
        }
    }

    private static long publishedRun(Connection connection, String la) throws SQLException {
        String sql = "SELECT la_code, run_id FROM published_run" + (la == null ? "" : " WHERE la_code = ?");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (la != null) {
                statement.setString(1, la);
            }
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalArgumentException(
                            la == null ? "no run has been published yet" : "no run has been published for " + la);
                }
                long run = result.getLong(2);
                if (result.next()) {
                    throw new IllegalArgumentException("runs are published for several LAs: name one with --la");
                }
                return run;
            }
        }
    }

    /** Writes the run's rows of the table, without the run id, as CSV with a header. */
    static long write(Connection connection, String table, long run, Writer writer) throws SQLException, IOException {
        String sql = "SELECT * FROM " + table + " WHERE run_id = ? ORDER BY " + TABLES.get(table);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, run);
            statement.setFetchSize(10_000);
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                CSVPrinter csv = CsvFormats.printer(writer, CsvFormats.FILE);
                List<String> header = new ArrayList<>();
                for (int c = 2; c <= meta.getColumnCount(); c++) {
                    header.add(meta.getColumnName(c));
                }
                csv.printRecord(header);
                long rows = 0;
                List<String> line = new ArrayList<>();
                while (result.next()) {
                    line.clear();
                    for (int c = 2; c <= meta.getColumnCount(); c++) {
                        line.add(result.getString(c));
                    }
                    csv.printRecord(line);
                    rows++;
                }
                csv.flush();
                writer.flush();
                return rows;
            }
        }
    }
}
