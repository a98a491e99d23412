package org.provisionlens.dashboards.security;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Why a sign-in is refused before its password is checked, and until when: too many failures for the account (the
 * user name as typed, whether or not it names a user) or from the remote address.
 */
record SignInRefusal(Reason reason, Instant until) {

    enum Reason {
        ACCOUNT,
        ADDRESS
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The message on the sign-in page, the time in UK time, e.g. "... Try again after 20:15, ...". */
    String message(ZoneId zone) {
        String after = TIME.format(until.atZone(zone));
        return switch (reason) {
            case ACCOUNT ->
                "Too many failed sign-ins for this account. Try again after " + after + ", or ask an administrator.";
            case ADDRESS ->
                "Too many failed sign-ins from your network address. Try again after " + after
                        + ", or ask an administrator.";
        };
    }
}
