package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A proposal file over the reader's 1 MB limit gets the upload page with a message naming its size and the limit. */
@DashboardsTest
class ProposalUploadLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTwoMegabyteFileIsRefusedWithItsSizeAndTheLimit() {
        new ProposalsFixtures(jdbc).trafford();
        Browser commissioner = new Browser(port).signedInAsDemoCommissioner();
        String token =
                Browser.csrfToken(commissioner.get("/proposals?la=E08000009").body());
        // 2 + 2,000,000 + 1 bytes of YAML (a comment line)
        String big = "# " + "x".repeat(2_000_000) + "\n";

        HttpResponse<String> response =
                commissioner.upload("/proposals/upload?la=E08000009", token, "file", "big.yaml", big);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Html.element(response.body(), "div", "upload-problems"))
                .contains("There is a problem with the file", "big.yaml", "2000003 bytes")
                .contains("a file of at most 1048576 bytes (1 MB)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM proposal", Integer.class))
                .isEqualTo(2);
    }
}
