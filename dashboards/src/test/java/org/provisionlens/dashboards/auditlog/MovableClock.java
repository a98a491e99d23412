package org.provisionlens.dashboards.auditlog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the test sets and moves, in UK time, in place of the audit log's and the sign-in throttle's system clock
 * ({@code @Import(MovableClock.Configuration.class)}). Tests set it to days long past, each test its own, so their
 * events neither count in the real clock's sign-in windows of other tests nor in each other's.
 */
public final class MovableClock extends Clock {

    private volatile Instant now = Instant.parse("2020-01-01T00:00:00Z");

    public void set(String instant) {
        now = Instant.parse(instant);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return AuditLog.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the movable clock keeps UK time");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
