package org.provisionlens.dashboards.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.provisionlens.dashboards.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admins' audit log page over real HTTP, on events written by hand: 2 March 2020 holds 3 failed sign-ins of "x"
 * (09:00, 09:01, 09:02) and 2 sign-ins of "admin" (10:00, 10:01); 3 March holds 1 download (12:00); 5 March holds 60
 * downloads ("/file-1.csv" at 08:00:01 to "/file-60.csv" at 08:01:00); the admin's own sign-in comes on 6 March.
 */
@DashboardsTest
@Import(MovableClock.Configuration.class)
class AuditLogPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    AuditLog log;

    @BeforeEach
    void eventsWritten() {
        new Fixtures(jdbc).reset();
        clock.set("2020-03-02T09:00:00Z");
        for (int i = 0; i < 3; i++) {
            log.record(AuditEvent.signIn(AuditKind.SIGN_IN_FAILED, "x", "sign-in failed", null, "FORM", "192.0.2.1"));
            clock.advance(Duration.ofMinutes(1));
        }
        clock.set("2020-03-02T10:00:00Z");
        for (int i = 0; i < 2; i++) {
            log.record(AuditEvent.signIn(AuditKind.SIGN_IN, "admin", "signed in", "ADMIN", "FORM", "192.0.2.2"));
            clock.advance(Duration.ofMinutes(1));
        }
        clock.set("2020-03-03T12:00:00Z");
        log.record(new AuditEvent(
                AuditKind.EXPORT,
                "commissioner",
                "downloaded",
                "/board/pack.pdf",
                "COMMISSIONER",
                null,
                "192.0.2.3",
                "E08000009",
                7L));
        clock.set("2020-03-05T08:00:00Z");
        for (int i = 1; i <= 60; i++) {
            clock.advance(Duration.ofSeconds(1));
            log.record(new AuditEvent(
                    AuditKind.EXPORT,
                    "board",
                    "downloaded",
                    "/file-" + i + ".csv",
                    "BOARD",
                    null,
                    "192.0.2.4",
                    null,
                    null));
        }
        clock.set("2020-03-06T09:00:00Z");
    }

    @Test
    void onlyAnAdminMayOpenItAndOnlyAnAdminSeesItsLink() {
        for (String user : new String[] {"commissioner", "board", "panel"}) {
            Visitor visitor = new Visitor(port, "192.0.2.10").signedIn(user, "trafford-demo");
            assertThat(visitor.get("/admin/audit-log").statusCode()).as(user).isEqualTo(403);
            assertThat(visitor.get("/admin/audit-log.csv").statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(visitor.get("/runs").body()).as(user).doesNotContain("nav-audit-log");
        }
        assertThat(new Visitor(port, "192.0.2.10").get("/admin/audit-log").statusCode())
                .isEqualTo(302);
        Visitor admin = new Visitor(port, "192.0.2.10").signedIn("admin", "trafford-demo");
        assertThat(admin.get("/runs").body()).contains("id=\"nav-audit-log\"");

        assertThat(jdbc.queryForList(
                        "SELECT username || ' ' || subject FROM audit_event WHERE kind = 'ACCESS_DENIED'"
                                + " ORDER BY event_id",
                        String.class))
                .containsExactly(
                        "commissioner GET /admin/audit-log",
                        "commissioner GET /admin/audit-log.csv",
                        "board GET /admin/audit-log",
                        "board GET /admin/audit-log.csv",
                        "panel GET /admin/audit-log",
                        "panel GET /admin/audit-log.csv");
    }

    @Test
    void filtersByDaysCountsPerKindPerDayAndShowsTheNewestFirst() {
        Visitor admin = new Visitor(port, "192.0.2.11").signedIn("admin", "trafford-demo");

        String page =
                admin.get("/admin/audit-log?from=2020-03-02&to=2020-03-03").body();

        assertThat(page).contains("<span>6</span> <span>events match</span>: showing <span>1</span> to");
        String events = Html.element(page, "table", "events");
        assertThat(Html.rowHeaders(events))
                .containsExactly(
                        "3 Mar 2020 12:00:00",
                        "2 Mar 2020 10:01:00",
                        "2 Mar 2020 10:00:00",
                        "2 Mar 2020 09:02:00",
                        "2 Mar 2020 09:01:00",
                        "2 Mar 2020 09:00:00");
        String counts = Html.element(page, "table", "audit-chart-data");
        assertThat(Html.texts(counts, "<th scope=\"col\"[^>]*>([^<]*)</th>"))
                .containsExactly("Day", "Signed in", "Sign-in failed", "Downloaded", "All");
        assertThat(cells(Html.row(counts, "2 Mar 2020"))).containsExactly("2", "3", "0", "5");
        assertThat(cells(Html.row(counts, "3 Mar 2020"))).containsExactly("0", "0", "1", "1");
        assertThat(page).contains("<svg").contains("id='audit-chart'");
    }

    @Test
    void filtersByKindAndUserInAnyCase() {
        Visitor admin = new Visitor(port, "192.0.2.12").signedIn("admin", "trafford-demo");

        String failed = admin.get("/admin/audit-log?kind=SIGN_IN_FAILED").body();
        assertThat(Html.rowHeaders(Html.element(failed, "table", "events"))).hasSize(3);
        assertThat(failed).contains("<span>3</span> <span>events match</span>");

        String admins = admin.get("/admin/audit-log?user=ADMIN").body();
        // the two written by hand and the admin's own sign-in on 6 March
        assertThat(Html.rowHeaders(Html.element(admins, "table", "events")))
                .containsExactly("6 Mar 2020 09:00:00", "2 Mar 2020 10:01:00", "2 Mar 2020 10:00:00");
        assertThat(admin.get("/admin/audit-log?from=not-a-day").body())
                .contains("The first day is not a date like 2026-12-03: left out");
    }

    @Test
    void pagesFiftyEventsAtATime() {
        Visitor admin = new Visitor(port, "192.0.2.13").signedIn("admin", "trafford-demo");

        String first = admin.get("/admin/audit-log?kind=EXPORT&from=2020-03-05&to=2020-03-05")
                .body();
        assertThat(first)
                .contains("<span>60</span> <span>events match</span>: showing <span>1</span> to\n")
                .contains("<span>50</span>, newest first");
        List<String> firstRows = Html.texts(Html.element(first, "table", "events"), "<span>(/file-\\d+\\.csv)</span>");
        assertThat(firstRows).hasSize(50).startsWith("/file-60.csv").endsWith("/file-11.csv");
        assertThat(first)
                .contains("href=\"/admin/audit-log?kind=EXPORT&amp;from=2020-03-05&amp;to=2020-03-05&amp;page=2\"");

        String second = admin.get("/admin/audit-log?kind=EXPORT&from=2020-03-05&to=2020-03-05&page=2")
                .body();
        List<String> secondRows =
                Html.texts(Html.element(second, "table", "events"), "<span>(/file-\\d+\\.csv)</span>");
        assertThat(secondRows).hasSize(10).startsWith("/file-10.csv").endsWith("/file-1.csv");
    }

    @Test
    void theCsvHoldsTheFilteredEventsNewestFirstAndIsItselfRecorded() {
        Visitor admin = new Visitor(port, "192.0.2.14").signedIn("admin", "trafford-demo");

        HttpResponse<String> csv = admin.get("/admin/audit-log.csv?from=2020-03-02&to=2020-03-03");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("provision-lens-audit-log.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0))
                .isEqualTo("event_id,happened_at_uk,kind,username,roles,sign_in_method,remote_address,action,subject,"
                        + "la_code,run_id");
        assertThat(lines.get(1))
                .endsWith(
                        ",2020-03-03T12:00,EXPORT,commissioner,COMMISSIONER,,192.0.2.3,downloaded,/board/pack.pdf,E08000009,7");
        assertThat(lines.get(6)).endsWith(",2020-03-02T09:00,SIGN_IN_FAILED,x,,FORM,192.0.2.1,sign-in failed,/login,,");
        assertThat(jdbc.queryForList(
                        "SELECT username || ' ' || subject || ' ' || coalesce(la_code, '-') FROM audit_event"
                                + " WHERE kind = 'EXPORT' AND username = 'admin'",
                        String.class))
                .as(jdbc.queryForList("SELECT * FROM audit_event WHERE happened_at > '2020-03-06'")
                        .toString())
                .containsExactly("admin /admin/audit-log.csv?from=2020-03-02&to=2020-03-03 -");
    }

    private static List<String> cells(String row) {
        return Html.texts(row, "<td[^>]*>([^<]*)</td>");
    }
}
