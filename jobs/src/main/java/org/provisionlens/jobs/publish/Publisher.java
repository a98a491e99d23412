package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.sufficiency.SpecialistSetting;
import org.provisionlens.core.sufficiency.SpecialistSufficiency;
import org.provisionlens.jobs.comments.CommentLinks;
import org.provisionlens.jobs.comments.CommentTables;
import org.provisionlens.jobs.conform.ConformedInputs;
import org.provisionlens.jobs.copy.Copy;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.copy.TableSink;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.sources.AreaPopulation;
import org.provisionlens.jobs.sources.EhcPlanStatistics;

/**
 * Writes a run's results and publishes it in one transaction: COPY every table, mark the run published, point the
 * LA's published_run at it. If anything fails, nothing of the run is visible and the previous publication stands.
 */
public final class Publisher {

    private final DataSource dataSource;

    public Publisher(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes and publishes the run in one transaction. Throws a {@link PublishFailure} when the database fails: then
     * nothing of the run is visible.
     */
    public void publish(long runId, RunResults results) {
        String database = "the database";
        boolean committing = false;
        try (Connection connection = dataSource.getConnection()) {
            database = describe(connection);
            connection.setAutoCommit(false);
            try {
                writeResults(connection, runId, results);
                writeConformed(connection, runId, results.conformed());
                HealthGeographyTables.write(
                        connection, runId, results.conformed().healthGeography());
                ReviewTables.write(connection, runId, results.plans().laCode(), results.review());
                ContextTables.write(
                        connection,
                        runId,
                        results.thresholds(),
                        results.conformed().communityWaits());
                ConsultationTables.write(connection, runId, results.conformed().consultation());
                PolicyTables.write(
                        connection, runId, results.transport(), results.placementCosts(), results.proposals());
                CommentTables.writeProcessed(
                        connection,
                        runId,
                        results.comments(),
                        new CommentLinks(results.conformed().services().stream()
                                .map(org.provisionlens.core.services.ServiceMerger.Merged::service)
                                .toList()));
                FundingTable.write(connection, runId, results.funding());
                markPublished(connection, runId, results);
                committing = true;
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw PublishFailure.of(database, committing, e);
        }
    }

    /** Rolls back; when the connection has gone (the database will roll back itself), the first failure is kept. */
    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The database as a log or message may name it: its URL without parameters (never a password). */
    private static String describe(Connection connection) {
        try {
            String url = connection.getMetaData().getURL();
            int parameters = url.indexOf('?');
            return "PostgreSQL at " + (parameters < 0 ? url : url.substring(0, parameters));
        } catch (SQLException e) {
            return "the database";
        }
    }

    private void writeResults(Connection connection, long runId, RunResults results) throws SQLException, IOException {
        TableSink sink = TableSink.copyTo(connection);
        writeInputs(sink, runId, results.inputs());
        writeQuarantine(sink, runId, results.quarantine());
        writeFindings(sink, runId, results.findings());
        EhcPlanStatistics plans = results.plans();
        writeHeadline(
                sink,
                runId,
                plans.laCode(),
                plans.oldLaCode(),
                plans.laName(),
                plans.timePeriod(),
                plans.totalPlans(),
                results.specialistPlans(),
                results.plansOutsideOwnProvision(),
                results.populationAged0To25(),
                results.populationYear());

        copy(
                connection,
                "specialist_sufficiency (run_id, provision_kind, provision_label, display_order,"
                        + " settings_in_area, settings_capacity_unknown, places_known, capacity_status, plans_placed, gap,"
                        + " occupancy_pct, outside_own_provision)",
                sufficiencyRows(runId, results.sufficiency()));

        CsvRows needs = new CsvRows();
        for (var byKind : plans.plansByKindAndNeed().entrySet()) {
            for (Map.Entry<NeedCode, Integer> need : byKind.getValue().entrySet()) {
                needs.add(runId, byKind.getKey().name(), need.getKey().name(), need.getValue());
            }
        }
        copy(connection, "specialist_demand_by_need (run_id, provision_kind, need_code, plans)", needs);

        CsvRows settings = new CsvRows();
        for (SpecialistSetting setting : results.settings()) {
            var school = setting.establishment();
            settings.add(
                    runId,
                    school.urn(),
                    school.name(),
                    setting.kind().name(),
                    school.establishmentType(),
                    school.lowAge(),
                    school.highAge(),
                    setting.places(),
                    school.postcode(),
                    school.longitude(),
                    school.latitude());
        }
        copy(
                connection,
                "specialist_setting (run_id, urn, name, provision_kind, establishment_type, low_age,"
                        + " high_age, capacity, postcode, longitude, latitude)",
                settings);

        CsvRows population = new CsvRows();
        for (AreaPopulation area : results.population()) {
            population.add(runId, area.areaCode(), area.areaName(), area.age(), area.persons());
        }
        copy(connection, "area_population (run_id, area_code, area_name, age, persons)", population);
    }

    private static void writeConformed(Connection connection, long runId, ConformedInputs conformed)
            throws SQLException, IOException {
        ServiceTables.write(connection, runId, conformed.services());
        if (conformed.childRecords() != null) {
            DemandTables.writeChildren(connection, runId, conformed.childRecords());
        }
        for (ConformedInputs.NamedStatistics statistics : conformed.statistics()) {
            DemandTables.writeStatistics(connection, runId, statistics.inputName(), statistics.rows());
        }
        CommentTables.write(connection, runId, conformed.comments());
        CsvRows laPopulation = new CsvRows();
        for (AreaPopulation area : conformed.laPopulation()) {
            laPopulation.add(runId, area.areaCode(), area.areaName(), area.age(), area.persons(), "Local authority");
        }
        copy(connection, "area_population (run_id, area_code, area_name, age, persons, geography)", laPopulation);
        CsvRows centroids = new CsvRows();
        conformed.centroids().forEach(c -> centroids.add(runId, c.code(), c.name(), c.latitude(), c.longitude()));
        copy(connection, "lsoa_centroid (run_id, lsoa_code, lsoa_name, latitude, longitude)", centroids);
        CsvRows boundaries = new CsvRows();
        conformed.boundaries().forEach(b -> boundaries.add(runId, b.code(), b.name(), b.level(), b.geometry()));
        copy(connection, "area_boundary (run_id, area_code, area_name, level, geometry)", boundaries);
    }

    /** run_input: each input's reconciliation (read = accepted + quarantined). */
    public static void writeInputs(TableSink sink, long runId, List<InputReconciliation> inputs)
            throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        for (InputReconciliation input : inputs) {
            rows.add(
                    runId,
                    input.inputName(),
                    input.format(),
                    input.path(),
                    input.sha256(),
                    input.rowsRead(),
                    input.rowsAccepted(),
                    input.rowsQuarantined(),
                    input.rowsOutOfScope(),
                    input.rowsWithFindings());
        }
        sink.rows(
                "run_input (run_id, input_name, input_format, path, sha256, rows_read, rows_accepted,"
                        + " rows_quarantined, rows_out_of_scope, rows_with_findings)",
                rows);
    }

    /** quarantine: one row per problem found in a row of an input. */
    public static void writeQuarantine(TableSink sink, long runId, List<QuarantineEntry> entries)
            throws SQLException, IOException {
        CsvRows quarantine = new CsvRows();
        for (QuarantineEntry row : entries) {
            quarantine.add(
                    runId,
                    row.inputName(),
                    row.file(),
                    row.line(),
                    row.pointer(),
                    row.field(),
                    row.value(),
                    row.reason());
        }
        sink.rows("quarantine (run_id, input_name, file, line, pointer, field, value, reason)", quarantine);
    }

    /** input_finding: one row per fault in an optional field of an accepted row (the field cleaned or left empty). */
    public static void writeFindings(TableSink sink, long runId, List<FieldFinding> findings)
            throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        for (FieldFinding finding : findings) {
            rows.add(
                    runId,
                    finding.inputName(),
                    finding.file(),
                    finding.line(),
                    finding.pointer(),
                    finding.serviceId(),
                    finding.field(),
                    finding.value(),
                    finding.keptAs(),
                    finding.reason());
        }
        sink.rows(
                "input_finding (run_id, input_name, file, line, pointer, service_id, field, value, kept_as, reason)",
                rows);
    }

    /** review_headline: the run's LA and its headline figures (null where the run has no source for one). */
    public static void writeHeadline(
            TableSink sink,
            long runId,
            String laCode,
            String oldLaCode,
            String laName,
            String timePeriod,
            Integer ehcPlans,
            Integer specialistPlans,
            Integer plansOutsideOwn,
            Integer population0To25,
            String populationYear)
            throws SQLException, IOException {
        sink.rows(
                "review_headline (run_id, la_code, old_la_code, la_name, time_period, ehc_plans,"
                        + " specialist_plans, plans_outside_own, population_0_25, population_year)",
                new CsvRows()
                        .add(
                                runId,
                                laCode,
                                oldLaCode,
                                laName,
                                timePeriod,
                                ehcPlans,
                                specialistPlans,
                                plansOutsideOwn,
                                population0To25,
                                populationYear));
    }

    private static CsvRows sufficiencyRows(long runId, List<SpecialistSufficiency> rows) {
        CsvRows csv = new CsvRows();
        List<ProvisionKind> order = new ArrayList<>(List.of(ProvisionKind.values()));
        for (SpecialistSufficiency row : rows) {
            csv.add(
                    runId,
                    row.kind().name(),
                    row.kind().label(),
                    order.indexOf(row.kind()) + 1,
                    row.capacity().settings(),
                    row.capacity().settingsWithUnknownPlaces(),
                    row.capacity().knownPlaces(),
                    row.capacity().status().code(),
                    row.plansPlaced(),
                    row.gap(),
                    row.occupancyPercent(),
                    row.kind().outsideOwnProvision());
        }
        return csv;
    }

    private static void markPublished(Connection connection, long runId, RunResults results) throws SQLException {
        EhcPlanStatistics plans = results.plans();
        markPublished(
                connection,
                runId,
                plans.laCode(),
                plans.laName(),
                InputReconciliation.combinedSha256(results.inputs()));
    }

    /**
     * Marks the run published and points its LA's published_run at it, inside the publishing transaction. A run whose
     * lease has gone (its database session ended, so the runs page already shows it as abandoned) never publishes.
     */
    public static void markPublished(
            Connection connection, long runId, String laCode, String laName, String inputsSha256) throws SQLException {
        try (PreparedStatement run = connection.prepareStatement(
                        "UPDATE review_run SET status = 'published',"
                                + " stage = 'published', la_name = ?, inputs_sha256 = ?, finished_at = now() WHERE run_id = ?"
                                + " AND status = 'running' AND review_run_lease_alive(la_code, lease_pid, lease_backend_start)");
                PreparedStatement pointer = connection.prepareStatement("INSERT INTO published_run (la_code, run_id,"
                        + " published_at) VALUES (?, ?, now()) ON CONFLICT (la_code) DO UPDATE SET run_id ="
                        + " EXCLUDED.run_id, published_at = EXCLUDED.published_at")) {
            run.setString(1, laName);
            run.setString(2, inputsSha256);
            run.setLong(3, runId);
            if (run.executeUpdate() != 1) {
                throw new IllegalStateException("Review run " + runId + " lost its lease of " + laCode
                        + " (its database session ended, so it shows as abandoned) before it was published; nothing of"
                        + " it was published");
            }
            pointer.setString(1, laCode);
            pointer.setLong(2, runId);
            pointer.executeUpdate();
        }
    }

    private static void copy(Connection connection, String tableAndColumns, CsvRows rows)
            throws SQLException, IOException {
        Copy.rows(connection, tableAndColumns, rows);
    }
}
