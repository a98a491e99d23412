package org.provisionlens.dashboards.consultation;

import java.time.LocalDate;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trafford's published run of 2024/25 (review year 1 September 2024 to 31 August 2025) with a register and comments
 * worked out by hand.
 *
 * <p>Register: E1 parent carer forum, 8 October 2024, 54(1)(a) and (b), 38 taking part; E2 meeting with the ICB,
 * 5 February 2025, 11; E3 meeting with the youth offending team, 12 March 2024 (before the year), 6; E4 event, 21 to 22
 * May 2025, maintained schools and academies, not recorded. Consulted in the year: (a), (b), (c), (d) and the ICBs = 5
 * of the 16 required groups; 11 gaps, the youth offending teams among them (last consulted 12 March 2024).
 *
 * <p>Comments (37), by who and channel:
 *
 * <pre>
 *   children (3)        event 2, focus group 1                           (c1-c3)
 *   young people (6)    focus group 1, phone 2, survey 2, not recorded 1   (y1-y6; y6 held for review)
 *   parents (20)        phone 5, survey 10, email 2, event 3               (p01-p20)
 *   professionals (8)   email 4, survey 3, not recorded 1                  (r1-r8)
 * </pre>
 *
 * Channels: survey 2+10+3 = 15, email 2+4 = 6, phone 2+5 = 7, event 2+3 = 5, focus group 1+1 = 2, not recorded 1+1 = 2.
 * No internet (phone, event, focus group): 7+5+2 = 14 of 37 = 37.8%, shown 38%; of children and young people's 9:
 * 3 + 1 + 2 = 6. Themes of children and young people's published comments: short breaks c1-c3, y1, y2 happy, y3
 * unhappy (6); waiting times y4 (1); y6's (held) and p01's (a parent's) themes are not theirs to count.
 */
public final class ConsultationFixtures {

    static final String LA = "E08000009";
    private final JdbcTemplate jdbc;
    long runId;

    public ConsultationFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ConsultationFixtures trafford() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        runId = fixtures.run("trafford", LA, "Trafford", "published", Fixtures.STARTED.plusMinutes(3));
        fixtures.publish(runId, LA);
        fixtures.headline(runId, LA, "358", "Trafford", 3143, 1164, 141, 75573);
        event("E1", "CYP_AND_PARENTS_SEN", "2024-10-08", null, "FORUM", "Parent carer forum", 38);
        event("E1", "CYP_AND_PARENTS_DISABILITY", "2024-10-08", null, "FORUM", "Parent carer forum", 38);
        event("E2", "INTEGRATED_CARE_BOARDS", "2025-02-05", null, "MEETING", "Joint commissioning board", 11);
        event("E3", "YOUTH_OFFENDING_TEAMS", "2024-03-12", null, "MEETING", "Youth justice team meeting", 6);
        event("E4", "MAINTAINED_SCHOOLS", "2025-05-21", "2025-05-22", "EVENT", "Local Offer live", null);
        event("E4", "ACADEMIES", "2025-05-21", "2025-05-22", "EVENT", "Local Offer live", null);
        comments();
        return this;
    }

    private void comments() {
        comment("c1", "CHILD", "event", false, "short_breaks", "Short breaks", "POSITIVE");
        comment("c2", "CHILD", "event", false, "short_breaks", "Short breaks", "POSITIVE");
        comment("c3", "CHILD", "focus group", false, "short_breaks", "Short breaks", "POSITIVE");
        comment("y1", "YOUNG_PERSON", "focus group", false, "short_breaks", "Short breaks", "POSITIVE");
        comment("y2", "YOUNG_PERSON", "phone", false, "short_breaks", "Short breaks", "POSITIVE");
        comment("y3", "YOUNG_PERSON", "phone", false, "short_breaks", "Short breaks", "NEGATIVE");
        comment("y4", "YOUNG_PERSON", "survey", false, "waiting_times", "Waiting times", "NEGATIVE");
        comment("y5", "YOUNG_PERSON", "survey", false, null, null, null);
        comment("y6", "YOUNG_PERSON", null, true, "waiting_times", "Waiting times", "NEGATIVE");
        String[] parents = {
            "phone", "phone", "phone", "phone", "phone", "survey", "survey", "survey", "survey", "survey", "survey",
            "survey", "survey", "survey", "survey", "email", "email", "event", "event", "event"
        };
        for (int n = 0; n < parents.length; n++) {
            comment(
                    String.format("p%02d", n + 1),
                    "PARENT_CARER",
                    parents[n],
                    false,
                    n == 0 ? "short_breaks" : null,
                    "Short breaks",
                    "NEGATIVE");
        }
        String[] professionals = {"email", "email", "email", "email", "survey", "survey", "survey", null};
        for (int n = 0; n < professionals.length; n++) {
            comment("r" + (n + 1), "PROFESSIONAL", professionals[n], false, null, null, null);
        }
    }

    private void event(
            String id, String group, String from, String to, String method, String description, Integer people) {
        jdbc.update(
                "INSERT INTO consultation_event VALUES (?, ?, ?, ?::date, ?::date, ?, ?, ?)",
                runId,
                id,
                group,
                from,
                to,
                method,
                description,
                people);
    }

    private void comment(
            String id, String who, String channel, boolean held, String theme, String label, String stance) {
        LocalDate day = LocalDate.of(2025, 3, 1);
        jdbc.update(
                "INSERT INTO comment_received VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)",
                runId,
                id,
                day,
                who,
                channel,
                "RAWMARKER Jane Smith said " + id);
        String text = (held
                        ? "HELDWORD "
                        : who.equals("PARENT_CARER") || who.equals("PROFESSIONAL") ? "ADULTTEXT " : "CYPTEXT ")
                + id;
        jdbc.update(
                "INSERT INTO comment_anonymised VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, 0, ?, ?, NULL)",
                runId,
                id,
                day,
                who,
                channel,
                text,
                held,
                held ? "UNKNOWN_NAME_AFTER_CUE" : null);
        if (theme != null) {
            jdbc.update("INSERT INTO comment_theme VALUES (?, ?, ?, ?, ?, ?)", runId, id, theme, label, stance, id);
        }
    }
}
