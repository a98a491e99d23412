package org.provisionlens.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC for the schema tests: a statement with its parameters, in autocommit (each one its own transaction). */
record Statements(DataSource dataSource) {

    /** Runs an INSERT, UPDATE or DELETE (or DDL); the number of rows it touched. */
    int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new SchemaRefusal(e);
        }
    }

    /** The first column of every row, as text. */
    List<String> column(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new SchemaRefusal(e);
        }
    }

    long number(String sql, Object... parameters) {
        return Long.parseLong(column(sql, parameters).get(0));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** What PostgreSQL said when it refused a statement, with its SQLSTATE. */
    static final class SchemaRefusal extends RuntimeException {

        private final String sqlState;

        SchemaRefusal(SQLException cause) {
            super(cause.getMessage(), cause);
            this.sqlState = cause.getSQLState();
        }

        String sqlState() {
            return sqlState;
        }
    }
}
