package org.provisionlens.dashboards.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Public: the overview, the "You said, we did" report (and its PDF), the login page, the GOV.UK assets and the error
 * page. The responses to comments, and building, uploading and deleting proposals, need a commissioner or an admin. A
 * run's own page (its quarantined rows show input values: child records, raw comments) is not for the review panel.
 * The list of runs, services, sufficiency, the review, the audit and the proposals (their impact, comparison and
 * evidence packs) need one of the platform's roles; anything else needs a login. CSRF protection stays on (Thymeleaf forms carry the token).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        String[] anyRole = {Role.COMMISSIONER.name(), Role.BOARD.name(), Role.PANEL.name(), Role.ADMIN.name()};
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/govuk/**",
                                "/assets/**",
                                "/css/**",
                                "/error",
                                "/favicon.ico",
                                "/you-said-we-did",
                                "/you-said-we-did.pdf",
                                "/you-said-we-did/easy-read",
                                "/you-said-we-did/easy-read.pdf")
                        .permitAll()
                        // the joint commissioning board's pack: the decisions before the LA and the ICB together
                        .requestMatchers("/board", "/board/**")
                        .hasAnyRole(Role.COMMISSIONER.name(), Role.BOARD.name(), Role.ADMIN.name())
                        .requestMatchers(
                                "/comments/responses", "/comments/responses/**", "/comments/held", "/comments/held/**")
                        .hasAnyRole(Role.COMMISSIONER.name(), Role.ADMIN.name())
                        .requestMatchers("/proposals/new", "/proposals/upload", "/proposals/*/delete")
                        .hasAnyRole(Role.COMMISSIONER.name(), Role.ADMIN.name())
                        // a run's page lists its quarantined rows, values included (child records, raw comments):
                        // never for the review panel
                        .requestMatchers("/runs/*", "/runs/*/**")
                        .hasAnyRole(Role.COMMISSIONER.name(), Role.BOARD.name(), Role.ADMIN.name())
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
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(new LandingPage()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(SecuritySettings settings) {
        if (settings.users().isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class)
                    .warn("No users are configured (provision-lens.security.users): nobody can sign in; the public"
                            + " pages are served");
        }
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (SecuritySettings.UserEntry user : settings.users()) {
            users.createUser(User.withUsername(user.username())
                    .password(user.passwordHash())
                    .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                    .build());
        }
        return users;
    }
}
