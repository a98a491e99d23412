package org.provisionlens.dashboards.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.auditlog.AuditLog;
import org.provisionlens.dashboards.auditlog.MovableClock;
import org.provisionlens.dashboards.auditlog.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lock-out and throttling over real HTTP, counted from the audit log. Each test sets the clock to its own day of
 * January 2020 (UK time is UTC then) and comes from its own address, so the rows it counts are its own.
 */
@DashboardsTest
@Import(MovableClock.Configuration.class)
class SignInLockOutTests {

    private static final String PASSWORD = "trafford-demo";
    private static final String LOCKED =
            "Too many failed sign-ins for this account. Try again after 20:15, or ask an administrator.";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyFiveWrongPasswordsThenTheRightOneIsRefusedUntilTheWindowHasPassed() {
        clock.set("2020-01-06T20:00:00Z");
        Visitor attacker = new Visitor(port, "198.51.100.1");

        for (int i = 1; i <= 25; i++) {
            HttpResponse<String> response = attacker.signIn("commissioner", "wrong-" + i);
            assertThat(Browser.location(response))
                    .as("attempt " + i)
                    .endsWith(i <= 5 ? "/login?error" : "/login?locked");
            clock.advance(Duration.ofSeconds(1));
        }
        HttpResponse<String> right = attacker.signIn("commissioner", PASSWORD);

        assertThat(Browser.location(right)).endsWith("/login?locked");
        String page = attacker.get("/login?locked").body();
        assertThat(page).contains(LOCKED).contains("id=\"sign-in-refused\"");
        assertThat(page).doesNotContain("The user name or password is not right");
        assertThat(attacker.get("/runs").statusCode()).isEqualTo(302);
        // the 5th failure came at 20:00:04: refused until 20:15:04; the 20 later wrong and the right one refused
        assertThat(kinds("198.51.100.1")).isEqualTo(Map.of("SIGN_IN_FAILED", 5L, "SIGN_IN_REFUSED_LOCKED", 21L));
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT username FROM audit_event WHERE remote_address = '198.51.100.1'",
                        String.class))
                .containsExactly("commissioner");

        clock.set("2020-01-06T20:15:03Z");
        assertThat(Browser.location(attacker.signIn("commissioner", PASSWORD))).endsWith("/login?locked");
        clock.set("2020-01-06T20:15:04Z");
        new Visitor(port, "198.51.100.1").signedIn("commissioner", PASSWORD);

        assertThat(kinds("198.51.100.1"))
                .isEqualTo(Map.of("SIGN_IN_FAILED", 5L, "SIGN_IN_REFUSED_LOCKED", 22L, "SIGN_IN", 1L));
        assertThat(jdbc.queryForMap("SELECT roles, sign_in_method, action, subject FROM audit_event"
                        + " WHERE remote_address = '198.51.100.1' AND kind = 'SIGN_IN'"))
                .isEqualTo(Map.of(
                        "roles", "COMMISSIONER", "sign_in_method", "FORM", "action", "signed in", "subject", "/login"));
    }

    @Test
    void anotherUserIsNotAffectedAndAnUnknownNameIsRefusedTheSameWay() {
        clock.set("2020-01-07T20:00:00Z");
        Visitor attacker = new Visitor(port, "198.51.100.2");
        for (int i = 1; i <= 5; i++) {
            attacker.signIn("BOARD", "wrong");
            attacker.signIn("no-such-user", "wrong");
        }

        assertThat(Browser.location(attacker.signIn("board", PASSWORD))).endsWith("/login?locked");
        assertThat(Browser.location(attacker.signIn("no-such-user", "anything")))
                .endsWith("/login?locked");
        assertThat(attacker.get("/login?locked").body()).contains(LOCKED);
        new Visitor(port, "198.51.100.2").signedIn("panel", PASSWORD);

        assertThat(kinds("198.51.100.2"))
                .isEqualTo(Map.of("SIGN_IN_FAILED", 10L, "SIGN_IN_REFUSED_LOCKED", 2L, "SIGN_IN", 1L));
        assertThat(jdbc.queryForList(
                        "SELECT username FROM audit_event WHERE remote_address = '198.51.100.2'"
                                + " AND kind = 'SIGN_IN_REFUSED_LOCKED' ORDER BY event_id",
                        String.class))
                .containsExactly("board", "no-such-user");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        clock.set("2020-01-08T09:00:00Z");
        for (int round = 1; round <= 2; round++) {
            Visitor visitor = new Visitor(port, "198.51.100.3");
            for (int i = 1; i <= 4; i++) {
                assertThat(Browser.location(visitor.signIn("admin", "wrong"))).endsWith("/login?error");
                clock.advance(Duration.ofSeconds(10));
            }
            visitor.signedIn("admin", PASSWORD);
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(kinds("198.51.100.3")).isEqualTo(Map.of("SIGN_IN_FAILED", 8L, "SIGN_IN", 2L));
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryAccountFromIt() {
        clock.set("2020-01-09T20:00:00Z");
        Visitor sprayer = new Visitor(port, "198.51.100.4");
        for (int i = 1; i <= 20; i++) {
            assertThat(Browser.location(sprayer.signIn("intruder-" + i, "wrong")))
                    .endsWith("/login?error");
        }

        assertThat(Browser.location(sprayer.signIn("admin", PASSWORD))).endsWith("/login?locked");
        assertThat(sprayer.get("/login?locked").body())
                .contains("Too many failed sign-ins from your network address. Try again after 20:15,"
                        + " or ask an administrator.");
        new Visitor(port, "198.51.100.5").signedIn("admin", PASSWORD);

        assertThat(kinds("198.51.100.4")).isEqualTo(Map.of("SIGN_IN_FAILED", 20L, "SIGN_IN_REFUSED_LOCKED", 1L));
        assertThat(kinds("198.51.100.5")).isEqualTo(Map.of("SIGN_IN", 1L));
    }

    @Test
    void theCountSurvivesARestartAndIsSharedByEveryInstance() {
        clock.set("2020-01-10T20:00:00Z");
        Visitor attacker = new Visitor(port, "198.51.100.6");
        for (int i = 1; i <= 5; i++) {
            attacker.signIn("panel", "wrong");
        }

        // another dashboards instance (or this one restarted) on the same database, ten minutes later
        SignInAttempts another = new SignInAttempts(
                jdbc,
                Clock.fixed(Instant.parse("2020-01-10T20:10:00Z"), AuditLog.ZONE),
                new SignInLimits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)));

        assertThat(another.refusal("PANEL", "203.0.113.9"))
                .contains(new SignInRefusal(SignInRefusal.Reason.ACCOUNT, Instant.parse("2020-01-10T20:15:00Z")));
        assertThat(another.refusal("board", "203.0.113.9")).isEmpty();
    }

    private Map<String, Long> kinds(String address) {
        Map<String, Long> kinds = new TreeMap<>();
        jdbc.query(
                "SELECT kind, count(*) FROM audit_event WHERE remote_address = ? GROUP BY kind",
                rs -> {
                    kinds.put(rs.getString(1), rs.getLong(2));
                },
                address);
        return kinds;
    }
}
