package org.provisionlens.dashboards.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Public: the overview, the "You said, we did" report (and its PDF), the login page, the GOV.UK assets and the error
 * page. The responses to comments, and building, uploading and deleting proposals, need a commissioner or an admin. A
 * run's own page (its quarantined rows show input values: child records, raw comments) is for a commissioner or an admin only.
 * The list of runs, services, sufficiency, the review, the audit and the proposals (their impact, comparison and
 * evidence packs) need one of the platform's roles; the administrators' pages under {@code /admin} (the audit log)
 * need an admin; anything else needs a login. CSRF protection stays on (Thymeleaf forms carry the token).
 */
final class AccessRules {

    private AccessRules() {}

    static void apply(
            AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    requests) {
        String[] anyRole = {Role.COMMISSIONER.name(), Role.BOARD.name(), Role.PANEL.name(), Role.ADMIN.name()};
        requests.requestMatchers(
                        "/",
                        "/login",
                        "/govuk/**",
                        "/assets/**",
                        "/css/**",
                        "/js/**",
                        "/error",
                        "/favicon.ico",
                        "/you-said-we-did",
                        "/you-said-we-did.pdf",
                        "/you-said-we-did/easy-read",
                        "/you-said-we-did/easy-read.pdf")
                .permitAll()
                // the administrators' pages (the audit log): admins only
                .requestMatchers("/admin", "/admin/**")
                .hasRole(Role.ADMIN.name())
                // the joint commissioning board's pack: the decisions before the LA and the ICB together
                .requestMatchers("/admin/**")
                .hasRole(Role.ADMIN.name()) // the audit log
                .requestMatchers("/board", "/board/**")
                .hasAnyRole(Role.COMMISSIONER.name(), Role.BOARD.name(), Role.ADMIN.name())
                .requestMatchers("/comments/responses", "/comments/responses/**", "/comments/held", "/comments/held/**")
                .hasAnyRole(Role.COMMISSIONER.name(), Role.ADMIN.name())
                .requestMatchers("/proposals/new", "/proposals/upload", "/proposals/*/delete")
                .hasAnyRole(Role.COMMISSIONER.name(), Role.ADMIN.name())
                // a run's page lists its quarantined rows, values included (child records, raw comments): raw data is
                // the commissioner's (DESIGN.md, "who sees what"), never the review panel's or the board's
                .requestMatchers("/runs/*", "/runs/*/**")
                .hasAnyRole(Role.COMMISSIONER.name(), Role.ADMIN.name())
                .requestMatchers(
                        "/proposals",
                        "/proposals/**",
                        "/runs",
                        "/services",
                        "/services/**",
                        "/services.csv",
                        "/services.xlsx",
                        "/sufficiency",
                        "/sufficiency.csv",
                        "/sufficiency.xlsx",
                        "/review",
                        "/review/**",
                        "/review.csv",
                        "/review.xlsx",
                        "/audit",
                        "/audit.csv",
                        "/audit.xlsx",
                        "/place-forecast",
                        "/place-forecast.csv",
                        "/place-forecast.xlsx",
                        "/comments",
                        "/comments/voices",
                        "/comments/voices.csv",
                        "/health",
                        "/health/**",
                        "/funding",
                        "/funding/**",
                        "/funding.csv",
                        "/consultation",
                        "/consultation/**",
                        "/consultation.csv")
                .hasAnyRole(anyRole)
                .anyRequest()
                .authenticated();
    }
}
