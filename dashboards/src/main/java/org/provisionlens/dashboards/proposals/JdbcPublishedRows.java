package org.provisionlens.dashboards.proposals;

import java.util.List;
import java.util.Map;
import org.provisionlens.core.reorganisation.PublishedRows;
import org.springframework.jdbc.core.JdbcTemplate;

/** The core's query function over the dashboards' JdbcTemplate (the core knows no database driver). */
record JdbcPublishedRows(JdbcTemplate jdbc) implements PublishedRows {

    @Override
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return jdbc.queryForList(sql, parameters);
    }
}
