package org.provisionlens.core.reorganisation;

import java.util.List;
import java.util.Map;

/**
 * Runs a query against the platform database and returns its rows as column name to value maps. The callers (jobs with
 * plain JDBC, dashboards with Spring's JdbcTemplate) provide it, so the model knows no database driver.
 */
@FunctionalInterface
public interface PublishedRows {

    List<Map<String, Object>> query(String sql, Object... parameters);
}
