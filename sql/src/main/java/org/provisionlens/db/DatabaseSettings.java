package org.provisionlens.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the platform database is. Either {@code url} (with user and password) names an existing PostgreSQL, or the
 * platform starts (or reuses) its embedded PostgreSQL 17 with its data in {@code embeddedDirectory}, listening on
 * {@code embeddedPort} on localhost.
 */
public record DatabaseSettings(String url, String user, String password, Path embeddedDirectory, int embeddedPort) {

    /** The environment variable that points the platform at an existing PostgreSQL. */
    public static final String URL_VARIABLE = "PROVISION_LENS_DB_URL";

    public static final String USER_VARIABLE = "PROVISION_LENS_DB_USER";
    public static final String PASSWORD_VARIABLE = "PROVISION_LENS_DB_PASSWORD";
    public static final String PORT_VARIABLE = "PROVISION_LENS_EMBEDDED_PORT";
    public static final int DEFAULT_EMBEDDED_PORT = 54329;

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            Objects.requireNonNull(embeddedDirectory, "embeddedDirectory is needed when no database URL is configured");
            if (embeddedPort < 0 || embeddedPort > 65535) {
                throw new IllegalArgumentException("embedded port must be 0..65535, was " + embeddedPort);
            }
        } else if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    URL_VARIABLE + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), was " + url);
        }
    }

    /**
     * Reads the settings once from the environment: {@code PROVISION_LENS_DB_URL}, {@code PROVISION_LENS_DB_USER},
     * {@code PROVISION_LENS_DB_PASSWORD}; without a URL, the embedded database lives in {@code <home>/var/pg} on
     * {@code PROVISION_LENS_EMBEDDED_PORT} (default 54329).
     */
    public static DatabaseSettings fromEnvironment(Map<String, String> environment, Path home) {
        String url = environment.get(URL_VARIABLE);
        String port = environment.get(PORT_VARIABLE);
        int embeddedPort;
        try {
            embeddedPort = port == null || port.isBlank() ? DEFAULT_EMBEDDED_PORT : Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT_VARIABLE + " must be a port number, was '" + port + "'", e);
        }
        return new DatabaseSettings(
                url,
                environment.getOrDefault(USER_VARIABLE, "postgres"),
                environment.getOrDefault(PASSWORD_VARIABLE, ""),
                home.resolve("var").resolve("pg"),
                embeddedPort);
    }

    /** An embedded database of its own, in a folder of its own, on a free port: what tests use. */
    public static DatabaseSettings embeddedIn(Path directory) {
        return new DatabaseSettings(null, "postgres", "", directory, 0);
    }

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /** A description safe for logs: never the password. */
    public String describe() {
        return isEmbedded()
                ? "embedded PostgreSQL in " + embeddedDirectory.toAbsolutePath() + " (port " + embeddedPort + ")"
                : "PostgreSQL at " + url + " as " + user;
    }
}
