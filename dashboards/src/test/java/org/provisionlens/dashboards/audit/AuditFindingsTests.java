package org.provisionlens.dashboards.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.dashboards.audit.AuditPageTests.element;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Schedule 2 audit's data-quality gaps: the findings in optional fields of a published run's listings, counted
 * per listing and per field, each with its field, reason and kept value; the values as given (contact details) only for
 * a commissioner and an admin, never for the review panel or the board; the run's own page lists them beside its
 * quarantine.
 *
 * <p>The fixture, worked out by hand: listing {@code directory:b-1} "Learning disability helpline" has two findings
 * (email {@code helpline@mencap.org.uk.} kept as {@code helpline@mencap.org.uk}; url {@code www.mencap.org.uk} kept as
 * {@code https://www.mencap.org.uk}); listing {@code services:S7} "Short breaks" one (max_age {@code 5} left empty).
 * So 3 findings in 2 listings; by field: Ages 1, Email 1, Web address 1.
 */
@DashboardsTest
class AuditFindingsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    long published;

    @BeforeEach
    void trafford() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        published = fixtures.run(
                "trafford-2025", AuditPageTests.TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(published, AuditPageTests.TRAFFORD);
        AuditFixtures.write(jdbc, published);
        listing("directory:b-1", "Learning disability helpline", "directory", "b-1");
        listing("services:S7", "Short breaks", "services", "S7");
        finding(
                "directory",
                "feed.json",
                null,
                "/contents/0/email",
                "directory:b-1",
                "email",
                "helpline@mencap.org.uk.",
                "helpline@mencap.org.uk",
                "the full stop after the address was removed");
        finding(
                "directory",
                "feed.json",
                null,
                "/contents/0/url",
                "directory:b-1",
                "url",
                "www.mencap.org.uk",
                "https://www.mencap.org.uk",
                "no http:// or https://: https:// was added");
        finding(
                "services",
                "services.csv",
                8L,
                null,
                "services:S7",
                "max_age",
                "5",
                null,
                "expected max_age to be at least min_age (19): ages unknown");
    }

    private void listing(String id, String name, String input, String sourceId) {
        jdbc.update(
                "INSERT INTO service (run_id, service_id, name, needs, categories, merged_from) VALUES (?, ?, ?, '{}',"
                        + " '{}', 1)",
                published,
                id,
                name);
        jdbc.update(
                "INSERT INTO service_source (run_id, service_id, position, input_name, format, file, location,"
                        + " source_id) VALUES (?, ?, 1, ?, 'oruk-json', 'feed.json', '/contents/0', ?)",
                published,
                id,
                input,
                sourceId);
    }

    private void finding(
            String input,
            String file,
            Long line,
            String pointer,
            String serviceId,
            String field,
            String value,
            String keptAs,
            String reason) {
        jdbc.update(
                "INSERT INTO input_finding (run_id, input_name, file, line, pointer, service_id, field, value, kept_as,"
                        + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                published,
                input,
                file,
                line,
                pointer,
                serviceId,
                field,
                value,
                keptAs,
                reason);
    }

    @Test
    void countsTheFindingsPerListingAndPerFieldForEveryRole() {
        for (String user : new String[] {"commissioner", "panel", "board", "admin"}) {
            String page = page(user, "/audit");

            assertThat(page).as(user).contains("<span id=\"findings-count\">3</span> faults in");
            assertThat(page).as(user).contains("<span id=\"findings-listings\">2</span> listings.");
            assertThat(page).as(user).contains("aria-labelledby=\"findings-chart-title\"");
            String byField = element(page, "findings-by-field");
            assertThat(byField).as(user).containsSubsequence("Ages", ">1<", "Email", ">1<", "Web address", ">1<");
            String byListing = element(page, "findings-by-listing");
            assertThat(byListing)
                    .as(user)
                    .containsSubsequence("Learning disability helpline", ">2<", "Short breaks", ">1<");
            String each = element(page, "findings-each");
            assertThat(each)
                    .as(user)
                    .containsSubsequence(
                            "Learning disability helpline",
                            "Email (email)",
                            "the full stop after the address was removed",
                            "helpline@mencap.org.uk<",
                            "Web address (url)",
                            "https://www.mencap.org.uk<",
                            "Short breaks",
                            "Ages (max_age)",
                            "expected max_age to be at least min_age (19): ages unknown",
                            "left empty");
        }
    }

    @Test
    void showsTheValuesAsGivenOnlyToACommissionerAndAnAdmin() {
        for (String user : new String[] {"commissioner", "admin"}) {
            String each = element(page(user, "/audit"), "findings-each");
            assertThat(each).as(user).contains("Value as given").contains(">helpline@mencap.org.uk.<");
            assertThat(each).as(user).contains(">www.mencap.org.uk<");
        }
        for (String user : new String[] {"panel", "board"}) {
            String page = page(user, "/audit");
            assertThat(page).as(user).doesNotContain("Value as given").doesNotContain("helpline@mencap.org.uk.");
            assertThat(page).as(user).doesNotContain(">www.mencap.org.uk<");
        }
    }

    @Test
    void theRunPageListsTheFindingsBesideTheQuarantineWithTheirValues() {
        String table = element(page("commissioner", "/runs/" + published), "findings");

        assertThat(table)
                .containsSubsequence(
                        "directory",
                        "feed.json",
                        "/contents/0/email",
                        "directory:b-1",
                        "email",
                        "helpline@mencap.org.uk.",
                        "helpline@mencap.org.uk",
                        "the full stop after the address was removed")
                .containsSubsequence(
                        "services", "services.csv", "line 8", "services:S7", "max_age", ">5<", "left empty");
    }

    @Test
    void aRunWithoutFindingsSaysSo() {
        jdbc.update("DELETE FROM input_finding WHERE run_id = ?", published);

        assertThat(page("commissioner", "/audit")).contains("No listing had a fault in an");
    }

    private String page(String user, String path) {
        Browser browser = new Browser(port);
        HttpResponse<String> signIn = browser.signIn(user, "trafford-demo");
        assertThat(signIn.statusCode()).as(user).isEqualTo(302);
        assertThat(Browser.location(signIn)).as(user).doesNotContain("error");
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(user + " " + path).isEqualTo(200);
        return response.body();
    }
}
