package org.provisionlens.dashboards.sufficiency;

import java.util.Arrays;
import java.util.List;
import org.provisionlens.dashboards.downloads.Csv;

/**
 * The downloads of the sufficiency page's tables. Unknown values are empty cells (never 0), suppressed plans are "c",
 * and the capacity status says whether the known places are all the places.
 */
enum SufficiencyCsv {
    SUFFICIENCY {
        @Override
        String write(SufficiencyReport report) {
            StringBuilder csv = new StringBuilder(Csv.line(List.of(
                    "provision_kind",
                    "provision",
                    "settings_in_area",
                    "settings_capacity_unknown",
                    "capacity_status",
                    "places_known",
                    "ehc_plans_placed",
                    "gap_plans_minus_places",
                    "occupancy_pct",
                    "outside_own_provision")));
            for (SufficiencyRow row : report.rows()) {
                csv.append(Csv.line(Arrays.asList(
                        row.provisionKind(),
                        row.provisionLabel(),
                        row.settingsInArea(),
                        row.settingsCapacityUnknown(),
                        row.capacityStatus(),
                        row.chartPlaces(),
                        row.plansPlaced(),
                        row.placesUnknown() ? null : row.gap(),
                        row.placesUnknown() ? null : row.occupancyPct(),
                        row.outsideOwnProvision())));
            }
            return csv.toString();
        }
    },
    NEEDS {
        @Override
        String write(SufficiencyReport report) {
            StringBuilder csv = new StringBuilder(
                    Csv.line(List.of("need_code", "primary_need", "provision_kind", "provision", "ehc_plans")));
            NeedsTable table = report.needsTable();
            for (NeedsTable.Line line : table.lines()) {
                for (int i = 0; i < table.kinds().size(); i++) {
                    String cell = line.cells().get(i);
                    if (!NeedsTable.NO_CELL.equals(cell)) {
                        SufficiencyRow kind = table.kinds().get(i);
                        csv.append(Csv.line(List.of(
                                line.needCode(), line.needName(), kind.provisionKind(), kind.provisionLabel(), cell)));
                    }
                }
            }
            return csv.toString();
        }
    },
    SETTINGS {
        @Override
        String write(SufficiencyReport report) {
            StringBuilder csv = new StringBuilder(Csv.line(List.of(
                    "urn",
                    "name",
                    "provision_kind",
                    "establishment_type",
                    "low_age",
                    "high_age",
                    "capacity",
                    "postcode")));
            for (SettingRow setting : report.settings()) {
                csv.append(Csv.line(Arrays.asList(
                        setting.urn(),
                        setting.name(),
                        setting.provisionKind(),
                        setting.establishmentType(),
                        setting.lowAge(),
                        setting.highAge(),
                        setting.capacity(),
                        setting.postcode())));
            }
            return csv.toString();
        }
    };

    abstract String write(SufficiencyReport report);

    String fileName(SufficiencyReport report) {
        return Csv.fileName(report.run().laCode(), report.run().runId(), name());
    }

    static SufficiencyCsv named(String table) {
        for (SufficiencyCsv csv : values()) {
            if (csv.name().equalsIgnoreCase(table)) {
                return csv;
            }
        }
        return null;
    }
}
