package org.provisionlens.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded PostgreSQL per test JVM, in a temporary folder, on a free port: the real database every test of every
 * module talks to. Started on first use, stopped when the JVM exits.
 */
public final class TestDatabases {

    private static PlatformDatabase shared;

    private TestDatabases() {}

    public static synchronized PlatformDatabase shared() {
        if (shared == null) {
            try {
                Path directory = Files.createTempDirectory("provision-lens-test-pg");
                shared = PlatformDatabase.open(DatabaseSettings.embeddedIn(directory));
                PlatformDatabase database = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-test-postgres"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }
}
