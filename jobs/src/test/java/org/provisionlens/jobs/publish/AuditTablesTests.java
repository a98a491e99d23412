package org.provisionlens.jobs.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.audit.AuditResult;
import org.provisionlens.core.audit.OfferAudit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.Tier;
import org.provisionlens.db.TestDatabases;

/**
 * The audit of a two-listing offer as the publishing transaction writes it: categories with their element counts,
 * each element with the listings that show it, each listing's completeness. Worked out by hand below; the transaction
 * is rolled back, so other connections never see it.
 */
class AuditTablesTests {

    private static final List<Service> OFFER = List.of(
            ServiceBuilder.service("t:breaks", "Trafford Short Breaks")
                    .domain(Domain.SOCIAL_CARE)
                    .tier(Tier.SPECIALIST)
                    .description("After-school, weekend and holiday breaks for disabled children")
                    .eligibility("Disabled child, assessed need")
                    .phone("0161 912 2000")
                    .build(),
            ServiceBuilder.service("t:brook", "Brook School")
                    .domain(Domain.EDUCATION)
                    .tier(Tier.UNIVERSAL)
                    .inArea(true)
                    .website("https://brook.example.org")
                    .build());

    @Test
    void writesTheElementsTheirEvidenceAndEachListingsCompleteness() throws SQLException, IOException {
        AuditResult audit = OfferAudit.audit(OFFER, LocalDate.of(2025, 8, 31), Map.of("Hill House School", 2));
        try (Connection connection = TestDatabases.shared().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                long run = runWithServices(connection);

                AuditTables.write(connection, run, audit);

                // social care: of section 17, short breaks, transition, independent living and Care Act information,
                // only short breaks (the listing's name says "short break"): 1 of 5 = 20; shown by 1 listing, which
                // is not complete (no organisation, address, ages or review date)
                assertThat(rows(
                                connection,
                                "SELECT paragraph, elements, elements_met, services, complete, score"
                                        + " FROM audit_category WHERE run_id = ? AND category = 'SOCIAL_CARE_PROVISION'",
                                run))
                        .containsExactly("7|5|1|1|0|20");
                // eligibility: the 1 social care listing states it (met), the 1 education listing does not: 1 of 4
                assertThat(rows(
                                connection,
                                "SELECT elements_met, score FROM audit_category WHERE run_id = ? AND"
                                        + " category = 'ELIGIBILITY_CRITERIA'",
                                run))
                        .containsExactly("1|25");
                assertThat(rows(connection, "SELECT count(*), sum(elements) FROM audit_category WHERE run_id = ?", run))
                        .containsExactly("13|56");
                assertThat(rows(
                                connection,
                                "SELECT position, met, considered, showing, summary FROM audit_element"
                                        + " WHERE run_id = ? AND element IN ('short-breaks', 'section-17', 'approach-to-teaching')"
                                        + " ORDER BY position",
                                run))
                        .containsExactly(
                                // paragraph 5's first element: every education listing (Brook School) must say it
                                "17|f|1|0|0 of 1 listings show it",
                                "30|f|1|0|no listing shows it",
                                "31|t|1|1|1 listing shows it");
                assertThat(rows(
                                connection,
                                "SELECT element, service_id, field, phrase FROM audit_element_evidence"
                                        + " WHERE run_id = ? ORDER BY element",
                                run))
                        .containsExactly(
                                "short-breaks|t:breaks|name|short break",
                                "social-care-eligibility|t:breaks|eligibility stated|null");
                // short breaks: name, description, phone, eligibility = 4 of 12 = 33, a phone so usable offline;
                // Brook School: name and website = 2 of 12 = 17, 7 required fields missing, no offline route
                assertThat(rows(
                                connection,
                                "SELECT service_id, score, array_to_string(missing, ' '), required_missing,"
                                        + " offline_route FROM audit_listing WHERE run_id = ? ORDER BY service_id",
                                run))
                        .containsExactly(
                                "t:breaks|33|ORGANISATION ADDRESS AGE_RANGE ASSURED WEBSITE COST NEED_TYPES FUNDING"
                                        + "|4|t",
                                "t:brook|17|DESCRIPTION ORGANISATION CONTACT ADDRESS AGE_RANGE ELIGIBILITY ASSURED"
                                        + " COST NEED_TYPES FUNDING|7|f");
                assertThat(rows(
                                connection,
                                "SELECT setting, children FROM audit_unlisted_setting WHERE run_id = ?",
                                run))
                        .containsExactly("Hill House School|2");
                assertThat(rows(connection, "SELECT count(*) FROM audit_fix WHERE run_id = ?", run))
                        .containsExactly(String.valueOf(audit.fixes().size()));
            } finally {
                connection.rollback();
            }
        }
    }

    private static long runWithServices(Connection connection) throws SQLException {
        long run;
        try (PreparedStatement start = connection.prepareStatement(
                        "INSERT INTO review_run (manifest_name, manifest_path, la_code, status, inputs_sha256,"
                                + " started_at) VALUES ('audit', 'audit.json', 'E08000009', 'running', 'x', now())"
                                + " RETURNING run_id");
                ResultSet id = start.executeQuery()) {
            id.next();
            run = id.getLong(1);
        }
        for (Service service : OFFER) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO service (run_id, service_id, name, needs, categories, merged_from) VALUES (?, ?, ?,"
                            + " ARRAY[]::TEXT[], ARRAY[]::TEXT[], 1)")) {
                insert.setLong(1, run);
                insert.setString(2, service.id());
                insert.setString(3, service.name());
                insert.executeUpdate();
            }
        }
        return run;
    }

    /** Each row's columns joined by "|". */
    private static List<String> rows(Connection connection, String sql, long run) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, run);
            try (ResultSet row = query.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(String.valueOf(row.getString(i)));
                    }
                    rows.add(String.join("|", values));
                }
            }
        }
        return rows;
    }
}
