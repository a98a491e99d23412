package org.provisionlens.dashboards.placeplanning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.provisionlens.dashboards.downloads.Table;

/**
 * The page's tables as downloads (CSV and XLSX alike): pupils unrounded (two decimals), so that sums add up; unknown
 * places and unavailable DfE counts are empty cells, never 0.
 */
enum PlaceForecastDownloads {
    /** The SCAP shape: type x year group, a column per year, DfE's census count beside. */
    SCAP {
        @Override
        Table table(PlaceForecastReport report) {
            List<String> headers =
                    new ArrayList<>(List.of("scap_type", "provision", "year_group", "ncy", "age_at_census"));
            report.years().forEach(year -> headers.add("pupils_" + year));
            headers.add("dfe_sen2_" + report.censusYear());
            List<List<Object>> rows = new ArrayList<>();
            for (TypeRow type : report.types()) {
                for (int group = 0; group <= 14; group++) {
                    int g = group;
                    List<CellRow> cells = report.cells().stream()
                            .filter(c -> c.scapType().equals(type.scapType()) && c.yearGroup() == g)
                            .toList();
                    if (cells.isEmpty()) {
                        continue;
                    }
                    List<Object> row = new ArrayList<>(
                            List.of(type.scapType(), type.label(), CellRow.yearGroupLabel(g), g, g + 4));
                    for (int year : report.years()) {
                        row.add(cells.stream()
                                .filter(c -> c.year() == year)
                                .findFirst()
                                .map(c -> (Object) decimal(c.pupils()))
                                .orElse(null));
                    }
                    row.add(cells.stream()
                            .filter(CellRow::census)
                            .findFirst()
                            .map(CellRow::dfePupils)
                            .orElse(null));
                    rows.add(row);
                }
            }
            return new Table("scap", headers, rows);
        }
    },
    /** Per type: places now, pupils at the census and in the last year, with the 80% range. */
    SUMMARY {
        @Override
        Table table(PlaceForecastReport report) {
            int last = report.lastYear();
            Table.Builder table = Table.named(
                    "summary",
                    "scap_type",
                    "provision",
                    "settings_in_area",
                    "settings_places_unknown",
                    "places_known_in_area",
                    "capacity_status",
                    "settings_out_of_area",
                    "places_known_out_of_area",
                    "pupils_" + report.censusYear() + "_reception_to_y14",
                    "pupils_" + report.censusYear() + "_all_ages",
                    "pupils_" + report.censusYear() + "_outside_year_groups",
                    "dfe_sen2_" + report.censusYear() + "_all_ages",
                    "pupils_" + last,
                    "pupils_" + last + "_low80",
                    "pupils_" + last + "_high80");
            for (TypeRow type : report.types()) {
                table.row(
                        type.scapType(),
                        type.label(),
                        type.settingsInArea(),
                        type.settingsPlacesUnknown(),
                        type.knownPlaces() == null ? null : type.placesKnown(),
                        type.capacityStatus(),
                        type.settingsOutOfArea(),
                        type.outOfAreaPlacesUnknown() == type.settingsOutOfArea() && type.settingsOutOfArea() > 0
                                ? null
                                : type.outOfAreaPlacesKnown(),
                        decimal(report.pupils(type.scapType(), report.censusYear())),
                        type.pupilsAllAges(),
                        type.pupilsOutsideYearGroups(),
                        type.dfePupilsAllAges(),
                        decimal(report.pupils(type.scapType(), last)),
                        decimal(report.range(type.scapType(), last, false)),
                        decimal(report.range(type.scapType(), last, true)));
            }
            return table.build();
        }
    },
    /** Per type and year: the pupils over every year group, with the 80% range. */
    RANGE {
        @Override
        Table table(PlaceForecastReport report) {
            Table.Builder table = Table.named("range", "scap_type", "provision", "year", "pupils", "low80", "high80");
            for (TypeRow type : report.types()) {
                for (int year : report.years()) {
                    table.row(
                            type.scapType(),
                            type.label(),
                            year,
                            decimal(report.pupils(type.scapType(), year)),
                            decimal(report.range(type.scapType(), year, false)),
                            decimal(report.range(type.scapType(), year, true)));
                }
            }
            return table.build();
        }
    },
    /** The settings behind the places. */
    SETTINGS {
        @Override
        Table table(PlaceForecastReport report) {
            Table.Builder table =
                    Table.named("settings", "scap_type", "provision", "service_id", "name", "places", "in_area");
            for (SettingRow setting : report.settings()) {
                table.row(
                        setting.scapType(),
                        setting.typeLabel(),
                        setting.serviceId(),
                        setting.name(),
                        setting.places(),
                        setting.inArea());
            }
            return table.build();
        }
    };

    abstract Table table(PlaceForecastReport report);

    static PlaceForecastDownloads named(String table) {
        for (PlaceForecastDownloads download : values()) {
            if (download.name().equalsIgnoreCase(table)) {
                return download;
            }
        }
        return null;
    }

    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
