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
 * How people sign in and what each role may open. Who may open which address is {@link AccessRules}; the headers every
 * response carries are {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(AccessRules::apply);
        SecurityHeaders.apply(http);
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
