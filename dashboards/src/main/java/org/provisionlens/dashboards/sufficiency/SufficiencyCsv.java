package org.provisionlens.dashboards.sufficiency;

import org.provisionlens.dashboards.downloads.Csv;
import org.provisionlens.dashboards.downloads.Table;

/**
 * The downloads of the sufficiency page's tables. Unknown values are empty cells (never 0), suppressed plans are "c",
 * and the capacity status says whether the known places are all the places.
 */
enum SufficiencyCsv {
    SUFFICIENCY {
        @Override
        Table table(SufficiencyReport report) {
            Table.Builder table = Table.named(
                    "sufficiency",
                    "provision_kind",
                    "provision",
                    "settings_in_area",
                    "settings_capacity_unknown",
                    "capacity_status",
                    "places_known",
                    "ehc_plans_placed",
                    "gap_plans_minus_places",
                    "occupancy_pct",
                    "outside_own_provision");
            for (SufficiencyRow row : report.rows()) {
                table.row(
                        row.provisionKind(),
                        row.provisionLabel(),
                        row.settingsInArea(),
                        row.settingsCapacityUnknown(),
                        row.capacityStatus(),
                        row.chartPlaces(),
                        row.plansPlaced(),
                        row.placesUnknown() ? null : row.gap(),
                        row.placesUnknown() ? null : row.occupancyPct(),
                        row.outsideOwnProvision());
            }
            return table.build();
        }
    },
    NEEDS {
        @Override
        Table table(SufficiencyReport report) {
            Table.Builder rows =
                    Table.named("needs", "need_code", "primary_need", "provision_kind", "provision", "ehc_plans");
            NeedsTable table = report.needsTable();
            for (NeedsTable.Line line : table.lines()) {
                for (int i = 0; i < table.kinds().size(); i++) {
                    String cell = line.cells().get(i);
                    if (!NeedsTable.NO_CELL.equals(cell)) {
                        SufficiencyRow kind = table.kinds().get(i);
                        rows.row(
                                line.needCode(),
                                line.needName(),
                                kind.provisionKind(),
                                kind.provisionLabel(),
                                cell.matches("\\d+") ? (Object) Integer.valueOf(cell) : cell);
                    }
                }
            }
            return rows.build();
        }
    },
    SETTINGS {
        @Override
        Table table(SufficiencyReport report) {
            Table.Builder table = Table.named(
                    "settings",
                    "urn",
                    "name",
                    "provision_kind",
                    "establishment_type",
                    "low_age",
                    "high_age",
                    "capacity",
                    "postcode");
            for (SettingRow setting : report.settings()) {
                table.row(
                        setting.urn(),
                        setting.name(),
                        setting.provisionKind(),
                        setting.establishmentType(),
                        setting.lowAge(),
                        setting.highAge(),
                        setting.capacity(),
                        setting.postcode());
            }
            return table.build();
        }
    };

    /** The table's cells, for the CSV and the XLSX download alike. */
    abstract Table table(SufficiencyReport report);

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
