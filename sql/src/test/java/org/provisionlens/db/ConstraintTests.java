package org.provisionlens.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.db.Statements.SchemaRefusal;

/** Each rule of the contract refuses the row that breaks it, in the latest schema. */
class ConstraintTests {

    private static final String FOREIGN_KEY = "23503";
    private static final String CHECK = "23514";
    private static final String UNIQUE = "23505";
    private static final AtomicInteger LA = new AtomicInteger(6_000_000);

    private final Statements sql = new Statements(TestDatabases.shared().dataSource());
    private final RepresentativeRun runs = new RepresentativeRun(sql);
    private String laCode;
    private long run;

    @BeforeEach
    void publishARun() {
        laCode = "E0" + LA.incrementAndGet() + "0";
        run = runs.published(laCode);
    }

    @Test
    void refusesRowsOfAMissingParent() {
        refused(
                FOREIGN_KEY,
                "INSERT INTO service_location (run_id, service_id, position) VALUES (?, 'services:gone', 1)",
                run);
        refused(
                FOREIGN_KEY,
                "INSERT INTO service_source (run_id, service_id, position, input_name, format) VALUES (?,"
                        + " 'services:gone', 1, 'services', 'service-csv')",
                run);
        refused(FOREIGN_KEY, "INSERT INTO audit_listing_gap VALUES (?, 'services:gone', 'NO_CONTACT')", run);
        refused(
                FOREIGN_KEY,
                "INSERT INTO sufficiency_cell_service VALUES (?, ?, 'PD', '5-10', 'HEALTH', 'SPECIALIST',"
                        + " 'services:svc-1', 0.5)",
                run,
                laCode);
        refused(
                FOREIGN_KEY,
                "INSERT INTO sufficiency_cell_service VALUES (?, ?, 'ASD', '5-10', 'HEALTH', 'SPECIALIST',"
                        + " 'services:gone', 0.5)",
                run,
                laCode);
        refused(FOREIGN_KEY, "INSERT INTO comment_link VALUES (?, 'c9', 'area', 'Sale', 'reference')", run);
        refused(
                FOREIGN_KEY,
                "INSERT INTO comment_anonymised (run_id, comment_id, respondent_type, anonymised_text, replacements,"
                        + " held_for_review) VALUES (?, 'c9', 'CHILD', 'text', 0, false)",
                run);
        refused(
                FOREIGN_KEY,
                "INSERT INTO comment_theme VALUES (?, 'c9', 'transport', 'Transport', 'MIXED', 'bus')",
                run);
        refused(FOREIGN_KEY, "INSERT INTO comment_review VALUES (?, 'c9', 'release', 'someone', now())", run);
        refused(
                FOREIGN_KEY,
                "INSERT INTO quarantine (run_id, input_name, file, line, field, reason) VALUES (?, 'unread', 'f.csv',"
                        + " 2, 'x', 'why')",
                run);
        refused(
                FOREIGN_KEY,
                "INSERT INTO specialist_setting (run_id, urn, name, provision_kind, establishment_type) VALUES (?,"
                        + " '1', 'A school', 'SEN_UNIT', 'Academy')",
                run);
    }

    @Test
    void refusesCodesTheCoreDoesNotKnow() {
        refused(CHECK, "UPDATE child_record SET primary_need = 'asd' WHERE run_id = ?", run);
        refused(CHECK, "UPDATE child_record SET support_level = 'E' WHERE run_id = ?", run);
        refused(CHECK, "UPDATE service SET needs = ARRAY['ASD', 'autism'] WHERE run_id = ?", run);
        refused(CHECK, "UPDATE service SET funder = 'NHS' WHERE run_id = ?", run);
        refused(CHECK, "UPDATE specialist_sufficiency SET provision_kind = 'state_special' WHERE run_id = ?", run);
        refused(CHECK, "UPDATE specialist_demand_by_need SET need_code = 'Autism' WHERE run_id = ?", run);
        refused(CHECK, "UPDATE sufficiency_cell SET age_band = '5 to 10' WHERE run_id = ? AND age_band = '5-10'", run);
        refused(CHECK, "UPDATE sufficiency_cell SET domain = 'health' WHERE run_id = ?", run);
        refused(CHECK, "UPDATE comment_received SET respondent_type = 'parent' WHERE run_id = ?", run);
        refused(CHECK, "UPDATE audit_listing_gap SET gap = 'no contact' WHERE run_id = ?", run);
        refused(CHECK, "UPDATE forecast_backtest SET model = 'ARIMA' WHERE run_id = ?", run);
    }

    @Test
    void aThemeIsACodeOfAnyTaxonomyButMustLookLikeOne() {
        sql.update(
                "INSERT INTO comment_theme VALUES (?, 'c2', 'council_own_theme_2', 'Our own theme', 'POSITIVE',"
                        + " 'the bus')",
                run);
        refused(
                CHECK,
                "INSERT INTO comment_theme VALUES (?, 'c2', 'Short breaks', 'Short breaks', 'POSITIVE', 'the bus')",
                run);
        refused(CHECK, "UPDATE comment_theme SET stance = 'neutral' WHERE run_id = ?", run);
    }

    @Test
    void thePublishedPointerNamesAPublishedRunOfItsOwnLaAndOnlyMovesForward() {
        long failed = runs.start(laCode);
        sql.update("UPDATE review_run SET status = 'failed' WHERE run_id = ?", failed);
        assertThatThrownBy(() -> point(laCode, failed))
                .hasMessageContaining(
                        "published_run for " + laCode + " cannot name run " + failed + ": it is failed, not published");

        long otherLa = runs.published("E0" + LA.incrementAndGet() + "0");
        assertThatThrownBy(() -> point(laCode, otherLa))
                .hasMessageContaining("cannot name run " + otherLa + ": it is a run of E0");

        long newer = runs.published(laCode);
        assertThat(pointer()).isEqualTo(newer);
        assertThatThrownBy(() -> point(laCode, run))
                .isInstanceOf(SchemaRefusal.class)
                .hasMessageContaining("cannot move back from run " + newer + " to the older run " + run);
        point(laCode, newer);
        assertThat(pointer()).isEqualTo(newer);
    }

    @Test
    void anOlderRunThatFinishesLastIsNotPublishedOverANewerOne() {
        long older = runs.start(laCode);
        long newer = runs.published(laCode);
        assertThatThrownBy(() -> runs.publish(older, laCode))
                .hasMessageContaining("cannot move back from run " + newer + " to the older run " + older);
        assertThat(pointer()).isEqualTo(newer);
    }

    @Test
    void oneResponsePerThemeOfAPeriod() {
        String insert = "INSERT INTO comment_response (la_code, period, theme, comment_id, response, status,"
                + " updated_by, updated_at) VALUES (?, '2025', 'transport', ?, 'We will', 'planned', 'me', now())";
        sql.update(insert, laCode, null);
        refused(UNIQUE, insert, laCode, null);
        sql.update(insert, laCode, "c2");
        refused(UNIQUE, insert, laCode, "c2");
        refused(
                CHECK,
                "INSERT INTO comment_response (la_code, period, theme, response, status, updated_by, updated_at)"
                        + " VALUES (?, '2025', 'Transport!', 'We will', 'planned', 'me', now())",
                laCode);
    }

    @Test
    void onlyCommentsClearedForPublicationAreInTheView() {
        sql.update(
                "INSERT INTO comment_received (run_id, comment_id, respondent_type, text) VALUES (?, 'c3', 'OTHER',"
                        + " 'abuse'), (?, 'c4', 'OTHER', 'held and withheld')",
                run,
                run);
        sql.update(
                "INSERT INTO comment_anonymised (run_id, comment_id, respondent_type, anonymised_text, replacements,"
                        + " held_for_review, excluded_reason) VALUES (?, 'c3', 'OTHER', 'abuse', 0, false, 'ABUSIVE'),"
                        + " (?, 'c4', 'OTHER', 'held', 0, true, NULL)",
                run,
                run);
        sql.update("INSERT INTO comment_review VALUES (?, 'c4', 'withhold', 'commissioner', now())", run);
        assertThat(sql.column(
                        "SELECT comment_id || ' ' || screening FROM comment_screened WHERE run_id = ? ORDER BY 1", run))
                .containsExactly("c1 held", "c2 publishable", "c3 excluded", "c4 held");
        assertThat(sql.column("SELECT comment_id FROM comment_publishable WHERE run_id = ?", run))
                .containsExactly("c2");
        sql.update("INSERT INTO comment_review VALUES (?, 'c1', 'release', 'commissioner', now())", run);
        assertThat(sql.column("SELECT comment_id FROM comment_publishable WHERE run_id = ? ORDER BY 1", run))
                .containsExactly("c1", "c2");
    }

    private void point(String la, long runId) {
        sql.update(
                "INSERT INTO published_run (la_code, run_id, published_at) VALUES (?, ?, now()) ON CONFLICT (la_code)"
                        + " DO UPDATE SET run_id = EXCLUDED.run_id, published_at = EXCLUDED.published_at",
                la,
                runId);
    }

    private long pointer() {
        return sql.number("SELECT run_id FROM published_run WHERE la_code = ?", laCode);
    }

    private void refused(String sqlState, String statement, Object... parameters) {
        assertThatThrownBy(() -> sql.update(statement, parameters))
                .as(statement)
                .isInstanceOfSatisfying(
                        SchemaRefusal.class,
                        e -> assertThat(e.sqlState()).as(e.getMessage()).isEqualTo(sqlState));
    }
}
