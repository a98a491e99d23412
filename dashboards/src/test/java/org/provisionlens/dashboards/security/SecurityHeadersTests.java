package org.provisionlens.dashboards.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.provisionlens.dashboards.NationalFixtures;
import org.provisionlens.dashboards.auditlog.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security headers over real HTTP on every kind of answer (a page, a CSV, a PDF, the sign-in page, an error page,
 * a static asset), and HSTS only on a request that came over TLS: here through the trusted local proxy with
 * {@code X-Forwarded-Proto: https} ({@code server.forward-headers-strategy: native}).
 */
@DashboardsTest
class SecurityHeadersTests {

    static final String TRAFFORD = "E08000009";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void traffordPublished() {
        new Fixtures(jdbc).reset();
        new NationalFixtures(jdbc).publish(TRAFFORD, "Trafford", 3143);
    }

    private Map<String, HttpResponse<String>> everyKindOfAnswer(boolean https) {
        Visitor visitor = new Visitor(port, "198.51.100.30", https);
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("sign-in page", visitor.get("/login"));
        answers.put("static asset", visitor.get("/js/init.js"));
        answers.put("GOV.UK stylesheet", visitor.get("/govuk/govuk-frontend.min.css"));
        answers.put("public PDF", visitor.get("/you-said-we-did.pdf?la=" + TRAFFORD));
        if (!https) {
            // the session cookie of a secure request is marked Secure: the plain-HTTP test client would not send it
            visitor.signedIn("commissioner", "trafford-demo");
            answers.put("page", visitor.get("/services?la=" + TRAFFORD));
            answers.put("CSV", visitor.get("/services.csv?la=" + TRAFFORD));
            answers.put("board pack PDF", visitor.get("/board/pack.pdf?la=" + TRAFFORD));
            answers.put("error page", visitor.get("/no-such-page"));
        }
        return answers;
    }

    @Test
    void everyKindOfAnswerCarriesThePolicyFrameDenialReferrerPolicyAndNoSniffing() {
        Map<String, HttpResponse<String>> answers = everyKindOfAnswer(false);

        assertThat(answers.get("error page").statusCode()).isEqualTo(404);
        assertThat(answers.get("CSV").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/csv");
        assertThat(answers.get("board pack PDF")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .isEqualTo("application/pdf");
        answers.forEach((kind, answer) -> {
            assertThat(answer.statusCode()).as(kind).isIn(200, 404);
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(kind)
                    .contains("default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr"
                            + " 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none';"
                            + " base-uri 'self'; frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(kind).contains("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(kind).contains("same-origin");
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(kind)
                    .contains("nosniff");
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .as(kind + " over plain HTTP")
                    .isEmpty();
        });
    }

    @Test
    void behindATlsProxyTheAnswersCarryHsts() {
        Map<String, HttpResponse<String>> answers = everyKindOfAnswer(true);

        assertThat(answers).hasSize(4);
        answers.forEach((kind, answer) -> {
            assertThat(answer.statusCode()).as(kind).isEqualTo(200);
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .as(kind)
                    .contains("max-age=31536000 ; includeSubDomains");
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(kind)
                    .isPresent();
        });
    }
}
