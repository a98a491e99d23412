package org.provisionlens.dashboards.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The register and the voices pages and their CSVs, read over HTTP (see {@link ConsultationFixtures}). */
@DashboardsTest
class ConsultationPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void data() {
        new ConsultationFixtures(jdbc).trafford();
        browser = new Browser(port);
        assertThat(browser.signIn("panel", "trafford-demo").statusCode()).isEqualTo(302);
    }

    @Test
    void theRegisterShowsEachGroupInTheReviewYearAndTheRequiredGroupsNobodyConsultedAsGaps() {
        String html = page("/consultation?la=E08000009");
        // time period 2024/25: the 12 months to 31 August 2025
        assertThat(Html.element(html, "p", "review-year"))
                .contains("<strong>1 September 2024 to 31 August 2025</strong>")
                .contains("the 12 months to 31 August at the end of the review&#39;s time period (2024/25)");
        // consulted in the year: (a), (b) by E1, the ICBs by E2, (c), (d) by E4 = 5 of 16; 11 gaps
        assertThat(Html.element(html, "div", "gaps"))
                .contains("5 of the 16 groups regulation 54 requires were consulted in the year; 11 were not.")
                .contains("Youth offending teams with functions for the LA&#39;s children and young people (54(1)(j))");
        String groups = Html.element(html, "table", "groups");
        assertThat(Html.rowHeaders(groups)).hasSize(17);
        assertThat(cells(Html.row(groups, "Children and young people with SEN, and parents of children with SEN")))
                .containsExactly("54(1)(a)", "1", "Parent carer forum or youth forum", "8 October 2024", "Consulted");
        // E3 was before the year: a gap, last consulted 12 March 2024
        assertThat(cells(Html.row(
                        groups,
                        "Youth offending teams with functions for the LA&#39;s children and young" + " people")))
                .containsExactly("54(1)(j)", "0", "–", "12 March 2024", "Gap: not consulted in the year");
        assertThat(cells(Html.row(groups, "NHS England")))
                .containsExactly("54(2)", "0", "–", "Never (in this register)", "Gap: not consulted in the year");
        assertThat(cells(Html.row(groups, "Such other persons as the LA thinks appropriate")))
                .containsExactly("54(1)(n)", "0", "–", "Never (in this register)", "Not required; not consulted");
        String activities = Html.element(html, "table", "activities");
        assertThat(Html.rowHeaders(activities))
                .containsExactly(
                        "Youth justice team meeting",
                        "Parent carer forum",
                        "Joint commissioning board",
                        "Local Offer live");
        assertThat(cells(Html.row(activities, "Local Offer live")))
                .containsExactly("21 May 2025 to 22 May 2025", "Event", "54(1)(c), 54(1)(d)", "Not recorded", "Yes");
        assertThat(cells(Html.row(activities, "Joint commissioning board")))
                .containsExactly("5 February 2025", "Meeting", "54(2) Integrated care boards", "11", "Yes");
    }

    @Test
    void aRunWithoutATimePeriodOrARegisterCountsTheYearToItsFinishingDayAndEveryRequiredGroupAsAGap() {
        jdbc.update("DELETE FROM consultation_event");
        jdbc.update("DELETE FROM review_headline");
        String html = page("/consultation?la=E08000009");
        // the run finished on 2 June 2025 (09:03 UTC): the 12 months from 3 June 2024
        assertThat(Html.element(html, "p", "review-year"))
                .contains("<strong>3 June 2024 to 2 June 2025</strong>")
                .contains("the 12 months to the day the run finished (the run names no time period)");
        assertThat(Html.element(html, "div", "gaps"))
                .contains("0 of the 16 groups regulation 54 requires were consulted in the year; 16 were not.");
        assertThat(html).contains("The run's inputs hold no consultation");
    }

    @Test
    void theRegisterCsvHasARowPerGroup() {
        HttpResponse<String> csv = browser.get("/consultation.csv?la=E08000009");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(18);
        assertThat(lines.get(0))
                .isEqualTo("regulation,consultee_group,label,required,year_from,year_to,activities_in_year,"
                        + "methods_in_year,last_consulted,status");
        assertThat(lines)
                .contains("54(1)(j),YOUTH_OFFENDING_TEAMS,Youth offending teams with functions for the LA's children"
                        + " and young people,yes,2024-09-01,2025-08-31,0,,2024-03-12,Gap: not consulted in the year")
                .contains("54(1)(c),MAINTAINED_SCHOOLS,Governing bodies of maintained schools and maintained nursery"
                        + " schools,yes,2024-09-01,2025-08-31,1,Event,2025-05-22,Consulted");
    }

    @Test
    void voicesCountsWhoAndHowWithSmallCountsSuppressedAndShowsOnlyPublishedChildrensText() {
        String html = page("/comments/voices?la=E08000009");
        // 14 of 37 = 37.8% -> 38%
        assertThat(Html.element(html, "p", "summary"))
                .contains("<span>37</span> comments:")
                .contains("<span>9</span>\n        from children and young people;")
                .contains("<span>14 (38%)</span>");
        // children 3 is small; the next smallest of 5 or more, young people's 6, is withheld (else 37-20-8-0 gives 9)
        String respondents = Html.element(html, "table", "by-respondent");
        assertThat(Html.texts(respondents, "<td[^>]*>([^<]*)</td>"))
                .containsExactly("fewer than 5", "withheld", "20", "8", "0");
        // two small channels (focus group 2, not recorded 2): nothing more is withheld
        String channels = Html.element(html, "table", "by-channel");
        assertThat(Html.rowHeaders(channels))
                .containsExactly("Online survey", "Email", "Phone", "Event", "Focus group", "Not recorded");
        assertThat(Html.texts(channels, "<td[^>]*>([^<]*)</td>"))
                .containsExactly(
                        "Yes",
                        "15",
                        "Yes",
                        "6",
                        "No",
                        "7",
                        "No",
                        "5",
                        "No",
                        "fewer than 5",
                        "Not known",
                        "fewer than 5");
        assertThat(Html.element(html, "p", "children-summary"))
                .contains("9 of the 37 comments came from children and young people; 6 of theirs by routes that need"
                        + " no internet.");
        // short breaks: 5 happy, 1 unhappy; the lone small count is suppressed and the 5 withheld; waiting times 1
        String themes = Html.element(html, "table", "children-themes");
        assertThat(cells(Html.row(themes, "Short breaks")))
                .containsExactly(
                        "6",
                        "fewer than 5",
                        "withheld",
                        "0",
                        "Most people were happy with it; some (fewer than 5) were unhappy with it.");
        assertThat(cells(Html.row(themes, "Waiting times")))
                .containsExactly(
                        "fewer than 5",
                        "fewer than 5",
                        "fewer than 5",
                        "fewer than 5",
                        "Fewer than 5 people commented on this theme, so we do not say more about what they said.");
        // the 8 published comments of children and young people; not y6 (held), no adult's, no raw text
        assertThat(Html.texts(Html.element(html, "ul", "children-comments"), "<q>([^<]*)</q>"))
                .containsExactly(
                        "CYPTEXT c1",
                        "CYPTEXT c2",
                        "CYPTEXT c3",
                        "CYPTEXT y1",
                        "CYPTEXT y2",
                        "CYPTEXT y3",
                        "CYPTEXT y4",
                        "CYPTEXT y5");
        assertThat(html).doesNotContain("HELDWORD").doesNotContain("ADULTTEXT").doesNotContain("RAWMARKER");
        assertThat(html).contains("id='respondent-chart'").contains("id='channel-chart'");
        assertThat(Html.element(html, "p", "respondent-summary"))
                .contains("Most came from parents and carers: 20 of 37.");
        assertThat(Html.element(html, "p", "channel-summary"))
                .contains("Most came by online survey: 15 of 37; 14 (38%) by routes that need no internet.");
    }

    @Test
    void voicesCsvGivesSuppressedCountsAsWordsNeverTheNumber() {
        List<String> lines =
                browser.get("/comments/voices.csv?la=E08000009").body().lines().toList();
        assertThat(lines)
                .containsExactly(
                        "breakdown,category,needs_internet,comments",
                        "respondent type,Children,,fewer than 5",
                        "respondent type,Young people,,withheld",
                        "respondent type,Parents and carers,,20",
                        "respondent type,Professionals,,8",
                        "respondent type,Others,,0",
                        "channel,Online survey,Yes,15",
                        "channel,Email,Yes,6",
                        "channel,Phone,No,7",
                        "channel,Event,No,5",
                        "channel,Focus group,No,fewer than 5",
                        "channel,Not recorded,,fewer than 5");
    }

    @Test
    void everyRoleSignedInMaySeeThePagesAndNobodyElse() {
        Browser anonymous = new Browser(port);
        for (String path : List.of("/consultation", "/consultation.csv", "/comments/voices", "/comments/voices.csv")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(302);
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    private String page(String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<String> cells(String row) {
        return Html.texts(
                row.replaceAll("<strong[^>]*>|</strong>|<span>|</span>", ""), "<td[^>]*>\\s*([^<]*?)\\s*</td>");
    }
}
