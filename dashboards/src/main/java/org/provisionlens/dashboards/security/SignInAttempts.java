package org.provisionlens.dashboards.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a sign-in is to be refused, counted from the audit log ({@code audit_event}), so the count survives a
 * restart and is shared by every dashboards instance on the database. An account (the user name in any case) is
 * refused for {@link SignInLimits#refusedFor()} after the failure that makes {@link SignInLimits#failuresPerAccount()}
 * failures within {@link SignInLimits#window()}; only failed password checks count ({@code SIGN_IN_FAILED}), not the
 * refused attempts, so knocking on a refused account does not prolong its refusal; and a successful sign-in
 * ({@code SIGN_IN}) starts the count afresh. A remote address is refused the same way after
 * {@link SignInLimits#failuresPerAddress()} failures from it, whichever user names they tried; a success does not
 * reset it (an attacker with one account of their own could otherwise reset it at will).
 */
@Component
class SignInAttempts {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SignInLimits limits;

    SignInAttempts(JdbcTemplate jdbc, Clock clock, SignInLimits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    Clock clock() {
        return clock;
    }

    /** The refusal in force now for this user name or address, the later of the two if both are; else empty. */
    Optional<SignInRefusal> refusal(String username, String remoteAddress) {
        Instant now = clock.instant();
        Instant from = now.minus(limits.window()).minus(limits.refusedFor());
        Optional<SignInRefusal> account = username == null
                ? Optional.empty()
                : until(accountFailures(username, from, now), limits.failuresPerAccount(), now)
                        .map(until -> new SignInRefusal(SignInRefusal.Reason.ACCOUNT, until));
        Optional<SignInRefusal> address = remoteAddress == null
                ? Optional.empty()
                : until(addressFailures(remoteAddress, from, now), limits.failuresPerAddress(), now)
                        .map(until -> new SignInRefusal(SignInRefusal.Reason.ADDRESS, until));
        if (account.isPresent() && address.isPresent()) {
            return address.get().until().isAfter(account.get().until()) ? address : account;
        }
        return account.isPresent() ? account : address;
    }

    private List<Instant> accountFailures(String username, Instant from, Instant now) {
        return jdbc.query(
                """
                SELECT happened_at FROM audit_event
                 WHERE kind = 'SIGN_IN_FAILED' AND lower(username) = lower(?) AND happened_at > ? AND happened_at <= ?
                   AND happened_at > coalesce((SELECT max(happened_at) FROM audit_event
                                                WHERE kind = 'SIGN_IN' AND lower(username) = lower(?)
                                                  AND happened_at > ? AND happened_at <= ?), '-infinity')
                 ORDER BY happened_at
                """,
                (rs, i) -> rs.getTimestamp(1).toInstant(),
                username,
                Timestamp.from(from),
                Timestamp.from(now),
                username,
                Timestamp.from(from),
                Timestamp.from(now));
    }

    private List<Instant> addressFailures(String remoteAddress, Instant from, Instant now) {
        return jdbc.query(
                """
                SELECT happened_at FROM audit_event
                 WHERE kind = 'SIGN_IN_FAILED' AND remote_address = ? AND happened_at > ? AND happened_at <= ?
                 ORDER BY happened_at
                """,
                (rs, i) -> rs.getTimestamp(1).toInstant(),
                remoteAddress,
                Timestamp.from(from),
                Timestamp.from(now));
    }

    /**
     * The end of the latest refusal the failures (oldest first) earn, if it is still to come: each failure that is
     * the {@code limit}-th within the window refuses until it plus the refusal time.
     */
    private Optional<Instant> until(List<Instant> failures, int limit, Instant now) {
        Instant until = null;
        for (int i = limit - 1; i < failures.size(); i++) {
            Duration span = Duration.between(failures.get(i - limit + 1), failures.get(i));
            if (span.compareTo(limits.window()) <= 0) {
                until = failures.get(i).plus(limits.refusedFor());
            }
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
