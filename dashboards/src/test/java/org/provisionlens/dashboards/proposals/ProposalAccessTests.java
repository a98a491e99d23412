package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may do what with proposals, over real HTTP: the public never sees them; the panel reads them but cannot build,
 * upload or delete (with a valid CSRF token, so the 403 is the role's, not CSRF's); the panel lands on the proposals
 * after signing in and cannot open a run's page (its quarantined rows show input values: child records, raw comments).
 */
@DashboardsTest
class ProposalAccessTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ProposalsFixtures fixtures;

    @BeforeEach
    void trafford() {
        fixtures = new ProposalsFixtures(jdbc).trafford();
    }

    @Test
    void thePublicIsSentToSignIn() {
        Browser anyone = new Browser(port);
        for (String path : new String[] {
            "/proposals",
            "/proposals/close-alpha",
            "/proposals/compare?ids=close-alpha",
            "/proposals/close-alpha/evidence",
            "/proposals/close-alpha/evidence.pdf",
            "/proposals/new"
        }) {
            HttpResponse<String> response = anyone.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(Browser.location(response)).as(path).endsWith("/login");
        }
    }

    @Test
    void thePanelLandsOnTheProposalsAndTheCommissionerOnSufficiency() {
        HttpResponse<String> panel = new Browser(port).signIn("panel", "trafford-demo");
        assertThat(panel.statusCode()).isEqualTo(302);
        assertThat(Browser.location(panel)).endsWith("/proposals");
        HttpResponse<String> commissioner = new Browser(port).signIn("commissioner", "trafford-demo");
        assertThat(Browser.location(commissioner)).endsWith("/sufficiency");
    }

    @Test
    void theBoardLandsOnItsBoardPack() {
        // the README's demo user `board`: BOARD only, so its first page is the board pack
        HttpResponse<String> board = new Browser(port).signIn("board", "trafford-demo");
        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(Browser.location(board)).endsWith("/board");
    }

    @Test
    void thePanelCannotBuildUploadOrDeleteEvenWithAValidToken() {
        Browser panel = new Browser(port);
        panel.signIn("panel", "trafford-demo");
        // any page the panel can open carries a CSRF token (the sign-out form)
        String token = Browser.csrfToken(panel.get("/services").body());
        assertThat(panel.get("/proposals/new?la=E08000009").statusCode()).isEqualTo(403);
        Map<String, String> form = Map.of("_csrf", token, "id", "x", "name", "X");
        assertThat(panel.post("/proposals/new?la=E08000009", form).statusCode()).isEqualTo(403);
        assertThat(panel.post("/proposals/upload?la=E08000009", Map.of("_csrf", token))
                        .statusCode())
                .isEqualTo(403);
        assertThat(panel.post("/proposals/close-alpha/delete?la=E08000009", Map.of("_csrf", token))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM proposal", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void neitherThePanelNorTheBoardCanOpenARunsPageWithItsQuarantinedValues() {
        // raw data is the commissioner's (DESIGN.md, "who sees what")
        for (String user : new String[] {"panel", "board"}) {
            Browser other = new Browser(port);
            other.signIn(user, "trafford-demo");
            var list = other.get("/runs");
            assertThat(list.statusCode()).as(user).isEqualTo(200);
            // the list names the run without a link to the page it cannot open
            assertThat(list.body()).as(user).doesNotContain("href=\"/runs/" + fixtures.run + "\"");
            assertThat(other.get("/runs/" + fixtures.run).statusCode()).as(user).isEqualTo(403);
        }
        Browser commissioner = new Browser(port).signedInAsDemoCommissioner();
        assertThat(commissioner.get("/runs").body()).contains("href=\"/runs/" + fixtures.run + "\"");
        assertThat(commissioner.get("/runs/" + fixtures.run).statusCode()).isEqualTo(200);
    }

    @Test
    void theCommissionerDeletesAProposal() {
        Browser commissioner = new Browser(port).signedInAsDemoCommissioner();
        String token = Browser.csrfToken(commissioner.get("/services").body());
        HttpResponse<String> response =
                commissioner.post("/proposals/close-beta/delete?la=E08000009", Map.of("_csrf", token));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).endsWith("/proposals?la=E08000009");
        assertThat(jdbc.queryForList("SELECT proposal_id FROM proposal", String.class))
                .containsExactly("close-alpha");
    }
}
