package org.provisionlens.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open platform database, migrated to the latest schema. With a configured URL it is that PostgreSQL; otherwise it
 * is the embedded PostgreSQL: reused when another process of the platform already serves it on the embedded port,
 * started here (and stopped on {@link #close()}) when none does.
 */
public final class PlatformDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformDatabase.class);
    private static final String MIGRATIONS = "classpath:db/migration";

    private final DataSource dataSource;
    private final String jdbcUrl;
    private final EmbeddedPostgres startedHere;

    private PlatformDatabase(DataSource dataSource, String jdbcUrl, EmbeddedPostgres startedHere) {
        this.dataSource = dataSource;
        this.jdbcUrl = jdbcUrl;
        this.startedHere = startedHere;
    }

    /** Opens (starting it if needed) and migrates the database the settings name. */
    public static PlatformDatabase open(DatabaseSettings settings) {
        PlatformDatabase database = settings.isEmbedded() ? openEmbedded(settings) : openConfigured(settings);
        database.migrate();
        return database;
    }

    private static PlatformDatabase openConfigured(DatabaseSettings settings) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(settings.url());
        source.setUser(settings.user());
        source.setPassword(settings.password());
        requireReachable(source, settings);
        LOG.info("Using {}", settings.describe());
        return new PlatformDatabase(source, settings.url(), null);
    }

    private static PlatformDatabase openEmbedded(DatabaseSettings settings) {
        if (settings.embeddedPort() > 0) {
            PGSimpleDataSource running = localDataSource(settings.embeddedPort());
            if (answers(running)) {
                LOG.info("Reusing the embedded PostgreSQL already running on port {}", settings.embeddedPort());
                return new PlatformDatabase(running, running.getUrl(), null);
            }
        }
        Path directory = settings.embeddedDirectory().toAbsolutePath();
        try {
            Files.createDirectories(directory.resolve("binaries"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(directory.resolve("binaries").toFile())
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(false);
            if (settings.embeddedPort() > 0) {
                builder.setPort(settings.embeddedPort());
            }
            EmbeddedPostgres postgres = builder.start();
            PGSimpleDataSource source = localDataSource(postgres.getPort());
            LOG.info("Started embedded PostgreSQL 17 in {} on port {}", directory, postgres.getPort());
            return new PlatformDatabase(source, source.getUrl(), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + directory + " (set " + DatabaseSettings.URL_VARIABLE
                            + " to use an existing PostgreSQL instead)",
                    e);
        }
    }

    private static PGSimpleDataSource localDataSource(int port) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        source.setUser("postgres");
        source.setConnectTimeout(2);
        return source;
    }

    private static boolean answers(DataSource source) {
        try (Connection ignored = source.getConnection()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void requireReachable(DataSource source, DatabaseSettings settings) {
        try (Connection ignored = source.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + settings.describe() + ": " + e.getMessage(), e);
        }
    }

    private void migrate() {
        migrate(dataSource, null);
    }

    /**
     * Applies the migrations of {@code sql/migrations} up to version {@code target} ("4"), or all of them when it is
     * null. The one place the platform runs Flyway: the upgrade test builds an old schema through it too.
     */
    static void migrate(DataSource dataSource, String target) {
        FluentConfiguration configuration =
                Flyway.configure().dataSource(dataSource).locations(MIGRATIONS);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Whether this process started the embedded PostgreSQL (and will stop it on close). */
    public boolean startedHere() {
        return startedHere != null;
    }

    @Override
    public void close() {
        if (startedHere != null) {
            try {
                startedHere.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
