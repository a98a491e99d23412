package org.provisionlens.jobs.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.BaselineLoader;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.PublishedDemo;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.assess.DemandRows;

/**
 * The baseline of Trafford's published demo run, read by core's loader over JDBC, against the run's tables read by hand
 * (SQL) and against the review run's own grouping of the same child records (Spark).
 */
class BaselineLoaderTests {

    private static SparkSession spark;
    private static DataSource database;
    private static long runId;
    private static Baseline baseline;

    @BeforeAll
    static void loadTheDemo() throws SQLException {
        spark = SparkTestSession.start();
        database = TestDatabases.shared().dataSource();
        runId = PublishedDemo.runId(spark, database);
        baseline = BaselineLoader.load(new JdbcPublishedRows(database), "E08000009")
                .orElseThrow();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static List<Map<String, Object>> sql(String query) {
        return new JdbcPublishedRows(database).query(query, runId);
    }

    private static long count(String query) {
        return ((Number) sql(query).get(0).values().iterator().next()).longValue();
    }

    @Test
    void readsThePublishedRunItsAreaAndReviewDate() {
        assertThat(baseline.runId()).isEqualTo(runId);
        assertThat(baseline.area().laName()).isEqualTo("Trafford");
        // time period 202425 ends in 2025; the run counts waits to 31 August of that year (ReadContext.reviewDate)
        assertThat(baseline.reviewDate()).isEqualTo(LocalDate.of(2025, 8, 31));
        // 139 LSOAs in lsoa_centroid and in locality_lsoa (the LSOA population file's 139 Persons rows)
        assertThat(baseline.area().centroids())
                .hasSize((int) count("SELECT count(*) FROM lsoa_centroid WHERE run_id = ?"));
        assertThat(baseline.area().centroids()).hasSize(139);
        assertThat(baseline.area().localityOfLsoa()).hasSize(139);
        assertThat(BaselineLoader.load(new JdbcPublishedRows(database), "E09000001"))
                .isEmpty();
    }

    @Test
    void readsEveryServiceWithItsLocations() {
        long services = count("SELECT count(*) FROM service WHERE run_id = ?");
        long locations = count("SELECT count(*) FROM service_location WHERE run_id = ?");
        assertThat(baseline.services()).hasSize((int) services);
        // 103 schools and colleges, 11 of them with a SEN unit or resourced provision listed as a service of its own,
        // and the 14 services of the demo services file: 103 + 11 + 14 = 128, each with one location
        assertThat(services).isEqualTo(128);
        assertThat(locations).isEqualTo(128);
        assertThat(baseline.services().stream()
                        .mapToInt(s -> s.locations().size())
                        .sum())
                .isEqualTo((int) locations);
        Map<String, Object> first = sql("SELECT service_id, name, capacity, capacity_unit, cost_per_unit,"
                        + " cardinality(needs) AS needs, min_age, max_age FROM service WHERE run_id = ?"
                        + " AND capacity IS NOT NULL ORDER BY service_id LIMIT 1")
                .get(0);
        Service service = baseline.services().stream()
                .filter(s -> s.id().equals(first.get("service_id")))
                .findFirst()
                .orElseThrow();
        assertThat(service.name()).isEqualTo(first.get("name"));
        assertThat(service.capacity()).isEqualTo(first.get("capacity"));
        assertThat(service.capacityUnit().name()).isEqualTo(first.get("capacity_unit"));
        assertThat(service.needs()).hasSize(((Number) first.get("needs")).intValue());
        assertThat(service.ages().from()).isEqualTo(first.get("min_age"));
    }

    @Test
    void groupsChildRecordsAsTheReviewRunDoes() {
        // every one of the demo's 9,343 generated child records is counted once
        assertThat(baseline.demand().stream().mapToInt(DemandCount::children).sum())
                .isEqualTo(9343);
        // the review run's own grouping (Spark, DemandRows) of the same published records gives the same counts
        Properties user = new Properties();
        user.setProperty("user", "postgres");
        var records = spark.read()
                .jdbc(
                        TestDatabases.shared().jdbcUrl(),
                        "(SELECT * FROM child_record WHERE run_id = " + runId + ") c",
                        user);
        Placement.Classifier placements = new Placement.Classifier(baseline.services());
        List<DemandCount> bySpark = DemandRows.group(records, baseline.reviewDate()).stream()
                .map(row -> DemandRows.of(row, placements))
                .toList();
        assertThat(baseline.demand()).containsExactlyInAnyOrderElementsOf(bySpark);
        // 7,911 groups of LSOA x need x age x support level x setting x waiting
        assertThat(baseline.demand()).hasSize(7911);
        long waiting = count("SELECT count(*) FROM child_record WHERE run_id = ? AND waiting_since IS NOT NULL");
        assertThat(baseline.demand().stream()
                        .filter(DemandCount::waiting)
                        .mapToInt(DemandCount::children)
                        .sum())
                .isEqualTo((int) waiting);
        assertThat(waiting).isEqualTo(661);
    }

    @Test
    void growthIsTheEhcPlanForecastAtTheHorizonOverTheLatestActual() {
        // horizonYears 3 (the manifest's thresholds) after the latest actual year, 2025: 2028
        assertThat(baseline.horizonYear()).isEqualTo(2028);
        assertThat(baseline.settings().horizonYear()).isEqualTo(2028);
        Map<String, Object> actual = sql("SELECT value FROM demand_forecast WHERE run_id = ? AND area_code ="
                        + " 'E08000009' AND series = 'All EHC plans' AND year = 2025 AND kind = 'actual'")
                .get(0);
        Map<String, Object> horizon = sql("SELECT value, low80, high80 FROM demand_forecast WHERE run_id = ? AND"
                        + " area_code = 'E08000009' AND series = 'All EHC plans' AND year = 2028")
                .get(0);
        // Trafford's EHC plans in January 2025: 3,143 (the caseload file)
        assertThat(((BigDecimal) actual.get("value")).doubleValue()).isEqualTo(3143.0);
        // at 2028: 4,445.05 (80% interval 3,924.48 to 5,102.13); growth 4445.05 / 3143 = 1.41427, low 3924.48 / 3143
        // = 1.24864, high 5102.13 / 3143 = 1.62333
        assertThat(baseline.growth().get(Scenario.CENTRAL)).isCloseTo(1.41427, within(0.000005));
        assertThat(baseline.growth().get(Scenario.LOW)).isCloseTo(1.24864, within(0.000005));
        assertThat(baseline.growth().get(Scenario.HIGH)).isCloseTo(1.62333, within(0.000005));
        Function<String, Double> over = column -> ((BigDecimal) horizon.get(column)).doubleValue() / 3143.0;
        assertThat(baseline.growth().get(Scenario.LOW)).isCloseTo(over.apply("low80"), within(1e-12));
        assertThat(baseline.growth().get(Scenario.CENTRAL)).isCloseTo(over.apply("value"), within(1e-12));
        assertThat(baseline.growth().get(Scenario.HIGH)).isCloseTo(over.apply("high80"), within(1e-12));
        assertThat(baseline.growth().get(Scenario.LOW))
                .isLessThan(baseline.growth().get(Scenario.CENTRAL))
                .isGreaterThan(0.0);
        assertThat(baseline.growth().get(Scenario.HIGH))
                .isGreaterThan(baseline.growth().get(Scenario.CENTRAL));
    }

    @Test
    void readsTheThresholdsTransportPolicyAndCostsTheRunWasReviewedUnder() {
        // the demo manifest's thresholds: 95% occupancy, 18 weeks, 0.8 within reach, 3 years
        var thresholds = baseline.settings().thresholds();
        assertThat(thresholds.atRiskOccupancyPercent()).isEqualTo(95.0);
        assertThat(thresholds.atRiskWaitingWeeks()).isEqualTo(18);
        assertThat(thresholds.insufficientTravelAccess()).isEqualTo(0.8);
        assertThat(thresholds.horizonYears()).isEqualTo(3);
        // the demo manifest's transport: 12 miles, £2.50 a mile (a demo assumption, said so in its source), 190 school
        // days x 2 journeys = 380 by default
        assertThat(baseline.transport().maxMiles()).isEqualTo(12.0);
        assertThat(baseline.transport().costPerMile()).isEqualByComparingTo("2.50");
        assertThat(baseline.transport().journeysPerYear()).isEqualTo(380);
        assertThat(baseline.transport().source()).startsWith("Demo assumption");
        // the demo manifest sets no placement costs: none are published, none are guessed
        assertThat(baseline.settings().costs().defaults()).isEmpty();
    }

    @Test
    void theRunStoredTheDemoManifestsTwoProposalsForTrafford() {
        List<Map<String, Object>> stored = new JdbcPublishedRows(database)
                .query(
                        "SELECT proposal_id, body_format, origin FROM proposal WHERE la_code = ? AND origin = 'manifest'"
                                + " ORDER BY proposal_id",
                        "E08000009");
        assertThat(stored)
                .extracting(row -> row.get("proposal_id") + " " + row.get("body_format") + " " + row.get("origin"))
                .containsExactly(
                        "trafford-autism-base-partington yaml manifest", "trafford-rp-comm-cut-30 yaml manifest");
    }

    @Test
    void readsOnlyPublishedAnonymisedCommentsAboutServicesWithTheirThemes() {
        long linked = count("SELECT count(*) FROM comment_publishable p JOIN comment_link l ON l.run_id = p.run_id"
                + " AND l.comment_id = p.comment_id AND l.kind = 'service' WHERE p.run_id = ?");
        // 90 links of publishable comments to services in the demo run
        assertThat(baseline.comments()).hasSize((int) linked).hasSize(90);
        Map<String, String> texts =
                sql("SELECT comment_id, anonymised_text FROM comment_anonymised WHERE run_id = ?").stream()
                        .collect(Collectors.toMap(
                                r -> (String) r.get("comment_id"), r -> (String) r.get("anonymised_text")));
        List<Object> notPublished =
                sql("SELECT comment_id FROM comment_screened WHERE run_id = ?" + " AND screening <> 'publishable'")
                        .stream()
                        .map(row -> row.get("comment_id"))
                        .toList();
        assertThat(baseline.comments()).allSatisfy(comment -> {
            assertThat(comment.text()).isEqualTo(texts.get(comment.commentId()));
            assertThat(notPublished).doesNotContain(comment.commentId());
        });
        long themed = count("SELECT count(*) FROM comment_theme t JOIN comment_publishable p ON p.run_id = t.run_id"
                + " AND p.comment_id = t.comment_id JOIN comment_link l ON l.run_id = p.run_id AND l.comment_id ="
                + " p.comment_id AND l.kind = 'service' WHERE t.run_id = ?");
        assertThat(baseline.comments().stream().mapToInt(c -> c.themes().size()).sum())
                .isEqualTo((int) themed);
        assertThat(baseline.comments().stream().flatMap(c -> c.themes().stream()))
                .allMatch(theme -> theme.matches(".+ \\((positive|negative|mixed)\\)"));
    }
}
