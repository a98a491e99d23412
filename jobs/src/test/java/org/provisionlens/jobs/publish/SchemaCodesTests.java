package org.provisionlens.jobs.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.provisionlens.core.audit.ListingField;
import org.provisionlens.core.audit.Schedule2Category;
import org.provisionlens.core.comments.RespondentType;
import org.provisionlens.core.comments.publication.Exclusion;
import org.provisionlens.core.comments.themes.Stance;
import org.provisionlens.core.comments.themes.Theme;
import org.provisionlens.core.comments.themes.ThemeTaxonomy;
import org.provisionlens.core.consultation.ConsultationMethod;
import org.provisionlens.core.consultation.ConsulteeGroup;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.demand.Therapy;
import org.provisionlens.core.forecast.ForecastModel;
import org.provisionlens.core.placeplanning.ScapType;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Funder;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.db.TestDatabases;

/**
 * The schema's CHECKs on coded columns and the core's enums cannot drift apart: every constant of each enum is accepted
 * by each column that holds it (as the jobs write it: the constant's name, an age band's label, a theme's code), and a
 * code the core does not have is refused.
 */
class SchemaCodesTests {

    /** A column holding codes of one enum: an INSERT taking the run id and the code, the codes, and a wrong one. */
    record CodedColumn(String column, String insert, List<String> codes, String wrong) {
        @Override
        public String toString() {
            return column;
        }
    }

    static Stream<CodedColumn> codedColumns() {
        String cell = "INSERT INTO sufficiency_cell (run_id, area_code, area_name, area_level, need_code, age_band,"
                + " domain, tier, ehc_plans, sen_support, demand, out_of_area, within_reach, horizon_year,"
                + " forecast_demand, verdict, reason) VALUES (?, 'E08000009', 'Trafford', 'LA', %s, %s, %s, %s, 0, 0, 0,"
                + " 0, 0, 2030, 0, 'no_data', 'none')";
        String service = "INSERT INTO service (run_id, service_id, name, needs, categories, merged_from, %s) VALUES (?,"
                + " 'svc-2', 'A service', ARRAY[]::TEXT[], ARRAY[]::TEXT[], 1, ?)";
        String child = "INSERT INTO child_record (run_id, pseudonymous_id, age, primary_need, support_level) VALUES"
                + " (?, 'child-1', 7, %s, %s)";
        return Stream.of(
                new CodedColumn(
                        "specialist_sufficiency.provision_kind",
                        "INSERT INTO specialist_sufficiency VALUES (?, ?, 'label', 1, 0, 0, 0, 'none_in_area', 0, NULL,"
                                + " NULL, false)",
                        names(ProvisionKind.values()),
                        "state_special"),
                new CodedColumn(
                        "place_forecast_type.scap_type",
                        "INSERT INTO place_forecast_type VALUES (?, ?, 'label', 1, 2025, 0, 0, 0, 'none_in_area', 0, 0,"
                                + " 0, 0, 0, NULL)",
                        names(ScapType.values()),
                        "SPECIAL"),
                new CodedColumn(
                        "child_record.primary_need",
                        child.formatted("?", "'EHC_PLAN'"),
                        names(NeedCode.values()),
                        "asd"),
                new CodedColumn(
                        "sufficiency_cell.need_code",
                        cell.formatted("?", "'ALL'", "'HEALTH'", "'TARGETED'"),
                        withAll(names(NeedCode.values())),
                        "Autism"),
                new CodedColumn(
                        "service.needs",
                        "INSERT INTO service (run_id, service_id, name, needs, categories, merged_from) VALUES (?,"
                                + " 'svc-2', 'A service', ARRAY[?], ARRAY[]::TEXT[], 1)",
                        names(NeedCode.values()),
                        "autism"),
                new CodedColumn(
                        "sufficiency_cell.age_band",
                        cell.formatted("'ALL'", "?", "'HEALTH'", "'TARGETED'"),
                        withAll(Arrays.stream(AgeBand.values())
                                .map(AgeBand::label)
                                .toList()),
                        "5 to 10"),
                new CodedColumn(
                        "sufficiency_cell.domain",
                        cell.formatted("'ALL'", "'ALL'", "?", "'TARGETED'"),
                        names(Domain.values()),
                        "health"),
                new CodedColumn("service.domain", service.formatted("domain"), names(Domain.values()), "Health"),
                new CodedColumn(
                        "sufficiency_cell.tier",
                        cell.formatted("'ALL'", "'ALL'", "'HEALTH'", "?"),
                        names(Tier.values()),
                        "tier 3"),
                new CodedColumn("service.tier", service.formatted("tier"), names(Tier.values()), "specialist"),
                new CodedColumn("service.funder", service.formatted("funder"), names(Funder.values()), "NHS"),
                new CodedColumn(
                        "service.capacity_unit",
                        service.formatted("capacity_unit"),
                        names(CapacityUnit.values()),
                        "BEDS"),
                new CodedColumn(
                        "child_record.support_level", child.formatted("'ASD'", "?"), names(SupportLevel.values()), "E"),
                new CodedColumn(
                        "comment_received.respondent_type",
                        "INSERT INTO comment_received (run_id, comment_id, respondent_type, text) VALUES (?, 'c2', ?,"
                                + " 'text')",
                        names(RespondentType.values()),
                        "parent"),
                new CodedColumn(
                        "comment_anonymised.excluded_reason",
                        "INSERT INTO comment_anonymised (run_id, comment_id, respondent_type, anonymised_text,"
                                + " replacements, held_for_review, excluded_reason) VALUES (?, 'c3', 'OTHER', 'text', 0,"
                                + " false, ?)",
                        names(Exclusion.values()),
                        "RUDE"),
                new CodedColumn(
                        "comment_theme.theme (the standard taxonomy, and a council's own theme)",
                        "INSERT INTO comment_theme VALUES (?, 'c1', ?, 'A theme', 'MIXED', 'evidence')",
                        Stream.concat(
                                        ThemeTaxonomy.standard().themes().stream()
                                                .map(Theme::code),
                                        Stream.of(new Theme("our_own_theme_2", "Our own").code()))
                                .toList(),
                        "Waiting times"),
                new CodedColumn(
                        "comment_theme.stance",
                        "INSERT INTO comment_theme VALUES (?, 'c1', 'transport', 'Transport', ?, 'evidence')",
                        names(Stance.values()),
                        "NEUTRAL"),
                new CodedColumn(
                        "audit_listing.missing",
                        "INSERT INTO audit_listing VALUES (?, 'svc-1', 50, ARRAY[?], 1, true)",
                        names(ListingField.values()),
                        "no contact"),
                new CodedColumn(
                        "audit_category.category",
                        "INSERT INTO audit_category VALUES (?, ?, 1, 'label', 0, 0, 0)",
                        names(Schedule2Category.values()),
                        "SCHOOLS"),
                new CodedColumn(
                        "forecast_backtest.model",
                        "INSERT INTO forecast_backtest VALUES (?, ?, 'E08000009', NULL, 2021, '2022', 1.0, 1, 1, 1,"
                                + " true)",
                        names(ForecastModel.values()),
                        "ARIMA"),
                new CodedColumn(
                        "forecast_backtest_origin.model",
                        "INSERT INTO forecast_backtest_origin VALUES (?, ?, 2022, 0, 1, 1, 1, 1.0, 1.0, 1, 1, NULL,"
                                + " true)",
                        names(ForecastModel.values()),
                        "ARIMA"),
                new CodedColumn(
                        "consultation_event.consultee_group",
                        "INSERT INTO consultation_event VALUES (?, 'E1', ?, '2025-03-01', NULL, 'EVENT', 'Drop-in', 12)",
                        names(ConsulteeGroup.values()),
                        "PARENTS"),
                new CodedColumn(
                        "consultation_event.method",
                        "INSERT INTO consultation_event VALUES (?, 'E1', 'LA_OFFICERS', '2025-03-01', NULL, ?, 'Drop-in',"
                                + " 12)",
                        names(ConsultationMethod.values()),
                        "Online survey"),
                new CodedColumn(
                        "community_wait.therapy",
                        "INSERT INTO community_wait VALUES (?, 'ICB', 'Greater Manchester', '2023-10-01', ?, 10, 2, 1)",
                        names(Therapy.values()),
                        "Speech And Language"),
                new CodedColumn(
                        "community_wait.area_type",
                        "INSERT INTO community_wait VALUES (?, ?, 'Greater Manchester', '2023-10-01', 'AUDIOLOGY', 10,"
                                + " 2, 1)",
                        names(CommunityWait.AreaType.values()),
                        "NATIONAL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codedColumns")
    void acceptsEveryCodeOfTheCoreAndRefusesAWrongOne(CodedColumn column) throws SQLException {
        try (Connection connection = TestDatabases.shared().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                long run = parents(connection);
                assertThat(column.codes()).isNotEmpty();
                for (String code : column.codes()) {
                    assertThat(inserts(connection, column, run, code))
                            .as("%s accepts %s", column.column(), code)
                            .isNull();
                }
                assertThat(inserts(connection, column, run, column.wrong()))
                        .as("%s refuses %s", column.column(), column.wrong())
                        .isEqualTo("23514");
            } finally {
                connection.rollback();
            }
        }
    }

    /** Inserts the code, then undoes it; the SQLSTATE of the refusal, or null when the row was accepted. */
    private static String inserts(Connection connection, CodedColumn column, long run, String code)
            throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(column.insert())) {
            insert.setLong(1, run);
            insert.setString(2, code);
            insert.executeUpdate();
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        } finally {
            connection.rollback(before);
        }
    }

    /** A run with the parent rows the coded rows need: a service, comments as received (c1 also anonymised). */
    private static long parents(Connection connection) throws SQLException {
        long run;
        try (PreparedStatement start = connection.prepareStatement(
                        "INSERT INTO review_run (manifest_name, manifest_path, la_code, status, inputs_sha256,"
                                + " started_at) VALUES ('codes', 'codes.json', 'E08000009', 'running', 'x', now())"
                                + " RETURNING run_id");
                ResultSet id = start.executeQuery()) {
            id.next();
            run = id.getLong(1);
        }
        for (String parent : List.of(
                "INSERT INTO service (run_id, service_id, name, needs, categories, merged_from) VALUES (?, 'svc-1',"
                        + " 'A service', ARRAY[]::TEXT[], ARRAY[]::TEXT[], 1)",
                "INSERT INTO comment_received (run_id, comment_id, respondent_type, text) VALUES (?, 'c1', 'OTHER',"
                        + " 'text'), (?, 'c3', 'OTHER', 'text')",
                "INSERT INTO comment_anonymised (run_id, comment_id, respondent_type, anonymised_text, replacements,"
                        + " held_for_review) VALUES (?, 'c1', 'OTHER', 'text', 0, false)")) {
            try (PreparedStatement insert = connection.prepareStatement(parent)) {
                for (int i = 1; i <= insert.getParameterMetaData().getParameterCount(); i++) {
                    insert.setLong(i, run);
                }
                insert.executeUpdate();
            }
        }
        return run;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> withAll(List<String> codes) {
        return Stream.concat(codes.stream(), Stream.of("ALL")).toList();
    }
}
