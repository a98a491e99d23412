package org.provisionlens.jobs.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;

/**
 * {@code CheckDatabase <folder> <port> <database>...}: starts an embedded PostgreSQL 17 with its data in
 * {@code <folder>} on localhost {@code <port>}, creates the named databases in it (empty; each run migrates its own),
 * prints {@code ready jdbc:postgresql://localhost:<port>/<database>} for each, and serves them until the process is
 * stopped (a shutdown hook stops PostgreSQL). The cluster jar carries no PostgreSQL binaries, as a cluster's driver
 * would not: a run submitted to the cluster is given a database URL, as in production.
 */
public final class CheckDatabase {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private CheckDatabase() {}

    public static void main(String[] args) throws SQLException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: CheckDatabase <folder> <port> <database>...");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        List<String> names = List.of(args).subList(2, args.length);
        for (String name : names) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a database name is lower-case letters, digits and _: " + name);
            }
        }
        PlatformDatabase database = PlatformDatabase.open(new DatabaseSettings(null, "postgres", "", folder, port));
        if (!database.startedHere()) {
            System.err.println("Port " + port + " already serves a PostgreSQL that this check did not start; choose"
                    + " another port.");
            System.exit(2);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-check-database"));
        try (Connection connection = database.dataSource().getConnection()) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        }
        for (String name : names) {
            System.out.println("ready jdbc:postgresql://localhost:" + port + "/" + name);
        }
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
