package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.provisionlens.core.placeplanning.BandGrowth;
import org.provisionlens.core.placeplanning.PlaceForecast;
import org.provisionlens.core.placeplanning.ScapSettings;
import org.provisionlens.core.placeplanning.ScapType;
import org.provisionlens.core.placeplanning.YearGroup;
import org.provisionlens.jobs.assess.PlacePlanning;
import org.provisionlens.jobs.copy.Copy;
import org.provisionlens.jobs.copy.CsvRows;

/** The tables of the SCAP place forecast (V8): types with their places, cells, the settings behind, band growth. */
final class PlaceForecastTables {

    private PlaceForecastTables() {}

    static void write(Connection connection, long runId, PlacePlanning plan) throws SQLException, IOException {
        if (plan == null) {
            return;
        }
        CsvRows types = new CsvRows();
        for (ScapSettings.Places places : plan.places()) {
            ScapType type = places.type();
            types.add(
                    runId,
                    type.name(),
                    type.label(),
                    type.ordinal() + 1,
                    plan.projection().censusYear(),
                    places.inArea().settings(),
                    places.inArea().settingsWithUnknownPlaces(),
                    places.inArea().knownPlaces(),
                    places.inArea().status().code(),
                    places.outOfArea().settings(),
                    places.outOfArea().settingsWithUnknownPlaces(),
                    places.outOfArea().knownPlaces(),
                    plan.pupilsAllAges().get(type),
                    plan.pupilsOutsideYearGroups().get(type),
                    plan.dfeAllAges() == null ? null : plan.dfeAllAges().get(type));
        }
        Copy.rows(
                connection,
                "place_forecast_type (run_id, scap_type, label, display_order, census_year, settings_in_area,"
                        + " settings_places_unknown, places_known, capacity_status, settings_out_of_area,"
                        + " out_of_area_places_unknown, out_of_area_places_known, pupils_all_ages,"
                        + " pupils_outside_year_groups, dfe_pupils_all_ages)",
                types);
        CsvRows cells = new CsvRows();
        int censusYear = plan.projection().censusYear();
        for (PlaceForecast.Cell cell : plan.projection().cells()) {
            boolean census = cell.year() == censusYear;
            cells.add(
                    runId,
                    cell.type().name(),
                    cell.year(),
                    cell.group().value(),
                    census,
                    round(cell.pupils()),
                    round(cell.low80()),
                    round(cell.high80()),
                    census ? dfe(plan, cell.type(), cell.group()) : null);
        }
        Copy.rows(
                connection,
                "place_forecast_cell (run_id, scap_type, year, year_group, census, pupils, low80, high80,"
                        + " dfe_pupils)",
                cells);
        CsvRows settings = new CsvRows();
        for (ScapSettings.Setting setting : plan.settings()) {
            settings.add(
                    runId,
                    setting.serviceId(),
                    setting.type().name(),
                    setting.name(),
                    setting.places(),
                    setting.inArea());
        }
        Copy.rows(
                connection, "place_forecast_setting (run_id, service_id, scap_type, name, places, in_area)", settings);
        CsvRows growth = new CsvRows();
        for (BandGrowth g : plan.growth()) {
            growth.add(
                    runId,
                    g.band().label(),
                    g.year(),
                    g.source(),
                    scale(g.index(), 4),
                    scale(g.low80(), 4),
                    scale(g.high80(), 4));
        }
        Copy.rows(connection, "place_forecast_growth (run_id, age_band, year, series, growth, low80, high80)", growth);
    }

    private static Integer dfe(PlacePlanning plan, ScapType type, YearGroup group) {
        return plan.dfeByYearGroup() == null
                ? null
                : plan.dfeByYearGroup().getOrDefault(type, Map.of()).get(group);
    }

    private static BigDecimal round(double value) {
        return scale(value, 2);
    }

    private static BigDecimal scale(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }
}
