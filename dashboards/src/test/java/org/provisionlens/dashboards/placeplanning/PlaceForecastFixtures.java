package org.provisionlens.dashboards.placeplanning;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A place forecast for a run, as the jobs write it, worked out by hand (January 2025 to 2027; Reception and Year 1):
 *
 * <pre>
 *   Special school (places 20 + 10 = 30 in the area; 10 outside):
 *     R   2025 10 (DfE 9)   2026 10.4 [9.6, 11.2]   2027 10.8 [9.0, 12.6]
 *     Y1  2025 12 (DfE 12)  2026 11.7 [10.9, 12.5]  2027 12.6 [11.0, 14.0]
 *     total 22 (DfE 21), 22.1 -> 22, 23.4 -> 23 (range 20.0 to 26.6 -> 20 to 27); 30 - 23 = 7 spare
 *   SEN unit or resourced provision (Elm 8, Birch unknown: at least 8):
 *     R   2025 2 (DfE 2)    2026 2.3 [2.0, 2.6]     2027 2.5 [2.0, 3.0]
 *     Y1  2025 4 (DfE 4)    2026 4.4 [4.0, 4.8]     2027 4.5 [4.0, 5.0]
 *     total 6, 6.7 -> 7, 7.0 -> 7 (6 to 8); at least 8 - 7 = 1 spare
 *   Alternative provision (no setting in the area; DfE suppressed):
 *     R   0, 0, 0;  Y1 2025 2, 2026 1.6 [1.4, 1.8], 2027 2.5 [2.2, 2.8]
 *     total 2, 1.6 -> 2, 2.5 -> 3 (2.2 to 2.8: 2 to 3); 3 short
 *   All types: 2025 30; 2027 23.4 + 7.0 + 2.5 = 32.9 -> 33; places known 30 + 8 + 0 = 38, at least (units partial)
 * </pre>
 */
public final class PlaceForecastFixtures {

    private final JdbcTemplate jdbc;

    public PlaceForecastFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void forecast(long run) {
        type(run, "SPECIAL_SCHOOL", "Special school", 1, 2, 0, 30, "complete", 1, 0, 10, 25, 3, 24);
        type(
                run,
                "SEN_UNIT_OR_RESOURCED_PROVISION",
                "SEN unit or resourced provision",
                2,
                2,
                1,
                8,
                "partial",
                0,
                0,
                0,
                6,
                0,
                6);
        type(run, "ALTERNATIVE_PROVISION", "Alternative provision", 3, 0, 0, 0, "none_in_area", 0, 0, 0, 2, 0, null);
        cells(run, "SPECIAL_SCHOOL", 0, 10, 9, 10.4, 9.6, 11.2, 10.8, 9.0, 12.6);
        cells(run, "SPECIAL_SCHOOL", 1, 12, 12, 11.7, 10.9, 12.5, 12.6, 11.0, 14.0);
        cells(run, "SEN_UNIT_OR_RESOURCED_PROVISION", 0, 2, 2, 2.3, 2.0, 2.6, 2.5, 2.0, 3.0);
        cells(run, "SEN_UNIT_OR_RESOURCED_PROVISION", 1, 4, 4, 4.4, 4.0, 4.8, 4.5, 4.0, 5.0);
        cells(run, "ALTERNATIVE_PROVISION", 0, 0, null, 0, 0, 0, 0, 0, 0);
        cells(run, "ALTERNATIVE_PROVISION", 1, 2, null, 1.6, 1.4, 1.8, 2.5, 2.2, 2.8);
        setting(run, "services:OAK", "SPECIAL_SCHOOL", "Oak School", 20, true);
        setting(run, "services:ASH", "SPECIAL_SCHOOL", "Ash School", 10, true);
        setting(run, "services:ISS", "SPECIAL_SCHOOL", "Independent placements", 10, false);
        setting(run, "services:ELM", "SEN_UNIT_OR_RESOURCED_PROVISION", "Elm unit", 8, true);
        setting(run, "services:BIRCH", "SEN_UNIT_OR_RESOURCED_PROVISION", "Birch unit", null, true);
        jdbc.update(
                "INSERT INTO place_forecast_growth VALUES (?, '0-4', 2026, 'All EHC plans', 1.04, 0.96, 1.12)", run);
    }

    private void type(
            long run,
            String type,
            String label,
            int order,
            int settings,
            int unknown,
            int places,
            String status,
            int outSettings,
            int outUnknown,
            int outPlaces,
            int pupils,
            int outside,
            Integer dfe) {
        jdbc.update(
                "INSERT INTO place_forecast_type VALUES (?, ?, ?, ?, 2025, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run,
                type,
                label,
                order,
                settings,
                unknown,
                places,
                status,
                outSettings,
                outUnknown,
                outPlaces,
                pupils,
                outside,
                dfe);
    }

    /** The census and two forecast years of one year group: pupils, and low and high for 2026 and 2027. */
    private void cells(
            long run,
            String type,
            int group,
            int census,
            Integer dfe,
            double p2026,
            double low2026,
            double high2026,
            double p2027,
            double low2027,
            double high2027) {
        String insert = "INSERT INTO place_forecast_cell VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        jdbc.update(insert, run, type, 2025, group, true, census, census, census, dfe);
        jdbc.update(insert, run, type, 2026, group, false, p2026, low2026, high2026, null);
        jdbc.update(insert, run, type, 2027, group, false, p2027, low2027, high2027, null);
    }

    private void setting(long run, String id, String type, String name, Integer places, boolean inArea) {
        jdbc.update(
                "INSERT INTO service (run_id, service_id, name, needs, categories, merged_from) VALUES (?, ?, ?,"
                        + " ARRAY[]::TEXT[], ARRAY[]::TEXT[], 1)",
                run,
                id,
                name);
        jdbc.update(
                "INSERT INTO place_forecast_setting VALUES (?, ?, ?, ?, ?, ?)", run, id, type, name, places, inArea);
    }
}
