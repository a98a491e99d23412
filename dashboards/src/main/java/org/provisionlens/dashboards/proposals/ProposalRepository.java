package org.provisionlens.dashboards.proposals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The proposals of each LA (table {@code proposal}, migration V12). */
@Repository
class ProposalRepository {

    private static final RowMapper<StoredProposal> ROW = (rs, i) -> new StoredProposal(
            rs.getString("la_code"),
            rs.getString("proposal_id"),
            rs.getString("name"),
            rs.getString("body"),
            rs.getString("body_format"),
            rs.getString("origin"),
            rs.getString("created_by"),
            rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;

    ProposalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredProposal> all(String laCode) {
        return jdbc.query("SELECT * FROM proposal WHERE la_code = ? ORDER BY name, proposal_id", ROW, laCode);
    }

    Optional<StoredProposal> find(String laCode, String id) {
        return jdbc.query("SELECT * FROM proposal WHERE la_code = ? AND proposal_id = ?", ROW, laCode, id).stream()
                .findFirst();
    }

    boolean exists(String laCode, String id) {
        return find(laCode, id).isPresent();
    }

    void save(StoredProposal proposal) {
        jdbc.update(
                """
                INSERT INTO proposal (la_code, proposal_id, name, body, body_format, origin, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                proposal.laCode(),
                proposal.id(),
                proposal.name(),
                proposal.body(),
                proposal.format(),
                proposal.origin(),
                proposal.createdBy());
    }

    /** The run's services, for the form's select: id and name, by name. */
    List<ServiceOption> services(long runId) {
        return jdbc.query(
                "SELECT service_id, name FROM service WHERE run_id = ? ORDER BY name, service_id",
                (rs, i) -> new ServiceOption(rs.getString("service_id"), rs.getString("name")),
                runId);
    }

    record ServiceOption(String id, String name) {}

    boolean delete(String laCode, String id) {
        return jdbc.update("DELETE FROM proposal WHERE la_code = ? AND proposal_id = ?", laCode, id) > 0;
    }
}
