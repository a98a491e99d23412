package org.provisionlens.dashboards.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed ({@code provision-lens.security.sign-in}): {@code failuresPerAccount} for one
 * user name (any case, whether or not it names a user) or {@code failuresPerAddress} from one remote address within
 * {@code window}, and the sign-ins from that account or address are refused for {@code refusedFor} after the last
 * failure that reached the limit.
 */
@ConfigurationProperties("provision-lens.security.sign-in")
record SignInLimits(
        @DefaultValue("5") int failuresPerAccount,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration refusedFor) {

    SignInLimits {
        if (failuresPerAccount < 1 || failuresPerAddress < 1) {
            throw new IllegalArgumentException("sign-in failure limits must be at least 1");
        }
        if (window.isNegative() || window.isZero() || refusedFor.isNegative() || refusedFor.isZero()) {
            throw new IllegalArgumentException("sign-in window and refusal must be longer than zero");
        }
    }
}
