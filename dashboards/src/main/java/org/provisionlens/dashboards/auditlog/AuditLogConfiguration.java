package org.provisionlens.dashboards.auditlog;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/**
 * The clock the audit log and the sign-in throttle read (UK time; tests put their own in its place), and Spring
 * Security's publisher of refused requests ({@code AuthorizationDeniedEvent}), which it publishes only when one is
 * declared.
 */
@Configuration(proxyBeanMethods = false)
class AuditLogConfiguration {

    @Bean
    Clock auditClock() {
        return Clock.system(AuditLog.ZONE);
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
