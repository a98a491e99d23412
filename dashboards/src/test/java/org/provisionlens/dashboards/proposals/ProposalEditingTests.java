package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalReader;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A commissioner uploads a proposal file (and sees every problem of a bad one) or builds one in the form. */
@DashboardsTest
class ProposalEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser commissioner;
    String token;

    @BeforeEach
    void trafford() {
        new ProposalsFixtures(jdbc).trafford();
        commissioner = new Browser(port).signedInAsDemoCommissioner();
        token = Browser.csrfToken(commissioner.get("/proposals?la=E08000009").body());
    }

    @Test
    void uploadsAProposalFileAndShowsItsImpact() {
        String yaml = ProposalsFixtures.yaml("cut-alpha", "Cut Alpha School", "svc-alpha");
        HttpResponse<String> response =
                commissioner.upload("/proposals/upload?la=E08000009", token, "file", "cut-alpha.yaml", yaml);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).endsWith("/proposals/cut-alpha?la=E08000009");
        assertThat(jdbc.queryForMap(
                        "SELECT body, body_format, origin, created_by FROM proposal WHERE proposal_id = 'cut-alpha'"))
                .containsEntry("body", yaml)
                .containsEntry("body_format", "yaml")
                .containsEntry("origin", "upload")
                .containsEntry("created_by", "commissioner");
        String page = commissioner.get("/proposals/cut-alpha?la=E08000009").body();
        assertThat(ProposalPagesTests.cell(page, "destinations", "Moves to Beta School"))
                .isEqualTo("6");
    }

    @Test
    void showsEveryProblemOfABadFileWithWhereItIs() {
        String bad = """
                id: bad one
                name: Bad
                effectiveDate: someday
                localAuthority: E08000009
                changes:
                  - type: close
                """;
        HttpResponse<String> response =
                commissioner.upload("/proposals/upload?la=E08000009", token, "file", "bad.yaml", bad);
        assertThat(response.statusCode()).isEqualTo(200);
        String summary = Html.element(response.body(), "div", "upload-problems");
        assertThat(summary)
                .contains("There is a problem with the file", "bad.yaml at /id", "bad.yaml at /effectiveDate");
        assertThat(summary).contains("bad.yaml at /changes/0/serviceId");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM proposal", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void refusesAFileForAnotherAuthorityOrAnIdInUse() {
        String other = ProposalsFixtures.yaml("x", "X", "svc-alpha").replace("E08000009", "E08000001");
        String body = commissioner
                .upload("/proposals/upload?la=E08000009", token, "file", "x.yaml", other)
                .body();
        assertThat(Html.element(body, "div", "upload-problems")).contains("x.yaml at /localAuthority");
        String again = ProposalsFixtures.yaml("close-alpha", "Again", "svc-alpha");
        body = commissioner
                .upload("/proposals/upload?la=E08000009", token, "file", "again.yaml", again)
                .body();
        assertThat(Html.element(body, "div", "upload-problems")).contains("again.yaml at /id");
    }

    @Test
    void buildsAProposalInTheFormSavedAsYaml() {
        String form = commissioner.get("/proposals/new?la=E08000009").body();
        assertThat(form).contains("<option value=\"svc-alpha\">Alpha School</option>");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Browser.csrfToken(form));
        fields.put("id", "cut-beta-half");
        fields.put("name", "Halve Beta School");
        fields.put("day", "1");
        fields.put("month", "9");
        fields.put("year", "2026");
        fields.put("changes[0].kind", "capacity");
        fields.put("changes[0].serviceId", "svc-beta");
        fields.put("changes[0].percent", "-50");
        fields.put("changes[1].kind", "");
        HttpResponse<String> response = commissioner.post("/proposals/new?la=E08000009", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(Browser.location(response)).endsWith("/proposals/cut-beta-half?la=E08000009");
        Map<String, Object> row =
                jdbc.queryForMap("SELECT body, body_format, origin FROM proposal WHERE proposal_id = 'cut-beta-half'");
        assertThat(row).containsEntry("body_format", "yaml").containsEntry("origin", "form");
        Proposal read = ProposalReader.read("cut-beta-half.yaml", (String) row.get("body"));
        assertThat(read.changes()).containsExactly(new Change.ChangeCapacity("svc-beta", null, -50.0));
        assertThat(read.effectiveDate()).hasToString("2026-09-01");
    }

    @Test
    void theFormSaysWhatIsMissing() {
        String form = commissioner.get("/proposals/new?la=E08000009").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Browser.csrfToken(form));
        fields.put("id", "");
        fields.put("name", "");
        fields.put("changes[0].kind", "close");
        HttpResponse<String> response = commissioner.post("/proposals/new?la=E08000009", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Html.element(response.body(), "div", "error-summary"))
                .contains("href=\"#id\"", "href=\"#name\"", "href=\"#day\"", "href=\"#changes-0-serviceId\"");
    }
}
