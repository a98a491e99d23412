package org.provisionlens.dashboards.review;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the boundaries a published run's map draws: its localities (MSOA) when it has them, else its LSOAs. */
@Repository
class MapRepository {

    private final JdbcTemplate jdbc;

    MapRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Boundary> boundaries(long runId) {
        return jdbc.query(
                """
                SELECT b.area_code, b.area_name, b.level, b.geometry,
                       CASE WHEN b.level = 'MSOA' THEN b.area_code ELSE l.locality_code END AS locality_code
                  FROM area_boundary b
                  LEFT JOIN locality_lsoa l ON l.run_id = b.run_id AND l.lsoa_code = b.area_code
                 WHERE b.run_id = ?
                   AND b.level = CASE WHEN EXISTS (SELECT 1 FROM area_boundary m WHERE m.run_id = ? AND m.level = 'MSOA')
                                      THEN 'MSOA' ELSE 'LSOA' END
                 ORDER BY b.area_code
                """,
                (rs, i) -> new Boundary(
                        rs.getString("area_code"),
                        rs.getString("area_name"),
                        rs.getString("level"),
                        rs.getString("locality_code"),
                        rs.getString("geometry")),
                runId,
                runId);
    }
}
