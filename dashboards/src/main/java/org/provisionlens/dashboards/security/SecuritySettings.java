package org.provisionlens.dashboards.security;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The users who may sign in, read once from {@code provision-lens.security}. */
@ConfigurationProperties("provision-lens.security")
record SecuritySettings(List<UserEntry> users) {

    SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One user. {@code passwordHash} is in the delegating encoder's format, e.g. {@code {bcrypt}$2a$10$...}: never a
     * plain password.
     */
    record UserEntry(String username, String passwordHash, List<Role> roles) {

        UserEntry {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("provision-lens.security.users[].username is required");
            }
            Objects.requireNonNull(passwordHash, () -> "passwordHash is required for user " + username);
            if (!passwordHash.startsWith("{bcrypt}")) {
                throw new IllegalArgumentException(
                        "passwordHash of user " + username + " must be a {bcrypt}... hash, not a plain password");
            }
            roles = roles == null ? List.of() : List.copyOf(roles);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("user " + username + " needs at least one role");
            }
        }
    }
}
