package org.provisionlens.dashboards.security;

import org.provisionlens.dashboards.auditlog.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * How people sign in and what each role may open. A sign-in for an account or from an address that failed too often
 * is refused before its password is checked ({@link SignInGuard}). Who may open which address is {@link AccessRules}; the headers every
 * response carries are {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAttempts attempts, AuditLog auditLog)
            throws Exception {
        http.authorizeHttpRequests(AccessRules::apply);
        SecurityHeaders.apply(http);
        http.addFilterBefore(new SignInGuard(attempts, auditLog), UsernamePasswordAuthenticationFilter.class);
        http.formLogin(form -> form.loginPage("/login").successHandler(new LandingPage()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        OidcSignIn.apply(http);
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
