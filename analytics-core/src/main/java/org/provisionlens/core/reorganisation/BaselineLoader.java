package org.provisionlens.core.reorganisation;

import static org.provisionlens.core.reorganisation.RowValues.decimal;
import static org.provisionlens.core.reorganisation.RowValues.flag;
import static org.provisionlens.core.reorganisation.RowValues.integer;
import static org.provisionlens.core.reorganisation.RowValues.text;
import static org.provisionlens.core.reorganisation.RowValues.whole;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictThresholds;

/** Reads a local authority's published run into a {@link Baseline} (the tables are those of {@code sql/migrations}). */
public final class BaselineLoader {

    static final String PUBLISHED = "SELECT p.run_id, coalesce(h.la_name, r.la_name, p.la_code) AS la_name,"
            + " h.time_period FROM published_run p JOIN review_run r ON r.run_id = p.run_id"
            + " LEFT JOIN review_headline h ON h.run_id = p.run_id WHERE p.la_code = ?";
    static final String LOCALITIES =
            "SELECT lsoa_code, locality_code, locality_name FROM locality_lsoa WHERE run_id = ?";
    static final String CENTROIDS = "SELECT lsoa_code, latitude, longitude FROM lsoa_centroid WHERE run_id = ?";

    /**
     * Child records grouped as the review run groups them (jobs' DemandRows): LSOA, need, age, support level, setting
     * ("" when none) and whether waiting, with the longest wait in whole weeks to the review date.
     */
    static final String DEMAND = "SELECT lsoa_code, primary_need, age, support_level,"
            + " coalesce(setting, '') AS setting, waiting_since IS NOT NULL AS waiting, count(*) AS children,"
            + " max(floor((CAST(? AS date) - waiting_since) / 7.0))::int AS longest_wait_weeks"
            + " FROM child_record WHERE run_id = ?"
            + " GROUP BY lsoa_code, primary_need, age, support_level, coalesce(setting, ''), waiting_since IS NOT NULL"
            + " ORDER BY lsoa_code, primary_need, age, support_level, 5, 6";

    private BaselineLoader() {}

    /** The LA's published run, or empty when it has none. */
    public static Optional<Baseline> load(PublishedRows rows, String laCode) {
        List<Map<String, Object>> published = rows.query(PUBLISHED, laCode);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> run = published.get(0);
        long runId = whole(run, "run_id");
        int referenceYear = referenceYear(text(run, "time_period"));
        LocalDate reviewDate = reviewDate(referenceYear);
        ReviewArea area = area(rows, runId, laCode, text(run, "la_name"));
        List<Service> services = BaselineServices.load(rows, runId);
        VerdictThresholds thresholds = BaselineSettings.thresholds(rows, runId);
        BaselineSettings.Forecast forecast =
                BaselineSettings.forecast(rows, runId, laCode, thresholds.horizonYears(), referenceYear);
        SufficiencyCells.Settings settings = new SufficiencyCells.Settings(
                thresholds, TravelSettings.defaults(), forecast.horizonYear(), BaselineSettings.costs(rows, runId));
        return Optional.of(new Baseline(
                runId,
                area,
                reviewDate,
                services,
                demand(rows, runId, reviewDate, services),
                forecast.growth(),
                forecast.horizonYear(),
                settings,
                BaselineSettings.transport(rows, runId),
                BaselineComments.load(rows, runId)));
    }

    /** The calendar year a DfE time period ends in (202425 -> 2025), as the run counts it (jobs' ReadContext). */
    static int referenceYear(String timePeriod) {
        return timePeriod.length() == 6
                ? Integer.parseInt(timePeriod.substring(0, 2) + timePeriod.substring(4, 6))
                : Integer.parseInt(timePeriod);
    }

    /** The run's review date: 31 August of its reference year (jobs' ReadContext.reviewDate). */
    static LocalDate reviewDate(int referenceYear) {
        return LocalDate.of(referenceYear, 8, 31);
    }

    private static ReviewArea area(PublishedRows rows, long runId, String laCode, String laName) {
        Map<String, Locality> localities = new HashMap<>();
        for (Map<String, Object> row : rows.query(LOCALITIES, runId)) {
            localities.put(
                    text(row, "lsoa_code"), new Locality(text(row, "locality_code"), text(row, "locality_name")));
        }
        Map<String, Place> centroids = new HashMap<>();
        for (Map<String, Object> row : rows.query(CENTROIDS, runId)) {
            String code = text(row, "lsoa_code");
            centroids.put(code, new Place(code, decimal(row, "latitude"), decimal(row, "longitude")));
        }
        return new ReviewArea(laCode, laName, localities, centroids);
    }

    private static List<DemandCount> demand(
            PublishedRows rows, long runId, LocalDate reviewDate, List<Service> services) {
        Placement.Classifier placements = new Placement.Classifier(services);
        return rows.query(DEMAND, reviewDate.toString(), runId).stream()
                .map(row -> DemandCount.ofGroup(
                        text(row, "lsoa_code"),
                        text(row, "primary_need"),
                        integer(row, "age"),
                        text(row, "support_level"),
                        text(row, "setting"),
                        flag(row, "waiting"),
                        integer(row, "children"),
                        integer(row, "longest_wait_weeks"),
                        placements))
                .toList();
    }
}
