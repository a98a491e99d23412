package org.provisionlens.dashboards.audit;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published run's Schedule 2 audit as the jobs write it: four categories (one from a run before the elements were
 * checked), four elements, five listings with their Open Referral UK completeness.
 *
 * <p>Scores 0, 50, 80 and 75 make an overall score of 205 / 4 = 51.25, so 51. Listings missing each field: address 2
 * (Brook School, SENDIASS), cost 2 (Brook School, speech and language therapy), funder 3 (Brook School, speech and
 * language therapy, SENDIASS); no offline route: Brook School (nothing) and SENDIASS (an email only), 2 of 5.
 */
public final class AuditFixtures {

    private final JdbcTemplate jdbc;

    private AuditFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static void write(JdbcTemplate jdbc, long run) {
        new AuditFixtures(jdbc).audit(run);
    }

    private void audit(long run) {
        category(run, "SOCIAL_CARE_PROVISION", 7, "Short breaks for disabled children", 0, 0, 0, 5, 0);
        category(run, "ASSESSMENT_AND_PERSONAL_BUDGETS", 4, "Identifying special educational needs", 6, 3, 50, 2, 1);
        jdbc.update(
                "INSERT INTO audit_category VALUES (?, 'TRANSPORT', 9, 'Travel to and from schools and colleges', 5,"
                        + " 4, 80)",
                run);
        category(run, "HEALTH_PROVISION", 6, "Health services", 4, 3, 75, 4, 3);
        service(run, "svc-brook", "Brook School");
        service(run, "svc-salt", "Speech and language therapy");
        service(run, "svc-sendiass", "SENDIASS");
        service(run, "svc-ep", "Educational psychology");
        service(run, "svc-outreach", "Outreach team");
        element(
                run,
                "HEALTH_PROVISION",
                "therapies",
                1,
                "Therapies",
                "a health listing that says \u201cphysiotherap\u201d",
                true,
                1,
                "1 listing shows it");
        evidence(run, "HEALTH_PROVISION", "therapies", "svc-salt", "description", "speech and language therap");
        element(
                run,
                "HEALTH_PROVISION",
                "nursing-and-continuing-care",
                2,
                "Nursing and continuing care",
                "a health listing that says \u201cnursing\u201d",
                false,
                0,
                "no listing shows it");
        element(
                run,
                "ASSESSMENT_AND_PERSONAL_BUDGETS",
                "identifying-sen",
                3,
                "How SEN is identified",
                "a listing that says \u201cgraduated approach\u201d",
                true,
                4,
                "4 listings show it");
        for (String id : new String[] {"svc-salt", "svc-outreach", "svc-ep", "svc-brook"}) {
            evidence(
                    run, "ASSESSMENT_AND_PERSONAL_BUDGETS", "identifying-sen", id, "description", "graduated approach");
        }
        element(
                run,
                "ASSESSMENT_AND_PERSONAL_BUDGETS",
                "request-ehc-assessment",
                4,
                "How to request an EHC needs assessment",
                "a listing that says \u201cehc needs assessment\u201d",
                false,
                0,
                "no listing shows it");
        listing(
                run,
                "svc-brook",
                17,
                "{DESCRIPTION,ORGANISATION,CONTACT,ADDRESS,AGE_RANGE,ELIGIBILITY,ASSURED,COST," + "NEED_TYPES,FUNDING}",
                7,
                false);
        listing(run, "svc-salt", 75, "{WEBSITE,COST,FUNDING}", 0, true);
        listing(run, "svc-sendiass", 83, "{ADDRESS,FUNDING}", 1, false);
        listing(run, "svc-ep", 100, "{}", 0, true);
        listing(run, "svc-outreach", 100, "{}", 0, true);
        fix(run, 2, "Add opening hours to 4 health listings", "Families cannot tell when to go");
        fix(run, 3, "Review 2 listings not updated in a year", "Out-of-date listings mislead");
        fix(run, 1, "List the short breaks offer", "Schedule 2 paragraph 4 requires it");
        jdbc.update("INSERT INTO audit_unlisted_setting VALUES (?, 'Hill House School', 3)", run);
        jdbc.update("INSERT INTO audit_unlisted_setting VALUES (?, 'Bridge College', 5)", run);
    }

    void category(
            long run,
            String category,
            int paragraph,
            String label,
            int services,
            int complete,
            int score,
            int elements,
            int met) {
        jdbc.update(
                "INSERT INTO audit_category (run_id, category, paragraph, label, services, complete, score, elements,"
                        + " elements_met) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run,
                category,
                paragraph,
                label,
                services,
                complete,
                score,
                elements,
                met);
    }

    void service(long run, String id, String name) {
        jdbc.update(
                "INSERT INTO service (run_id, service_id, name, needs, categories, merged_from) VALUES (?, ?, ?, '{}',"
                        + " '{}', 1)",
                run,
                id,
                name);
    }

    void element(
            long run,
            String category,
            String element,
            int position,
            String name,
            String rule,
            boolean met,
            int showing,
            String summary) {
        jdbc.update(
                "INSERT INTO audit_element VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run,
                category,
                element,
                position,
                name,
                rule,
                met,
                Math.max(showing, 1),
                showing,
                summary);
    }

    void evidence(long run, String category, String element, String serviceId, String field, String phrase) {
        jdbc.update(
                "INSERT INTO audit_element_evidence VALUES (?, ?, ?, ?, ?, ?)",
                run,
                category,
                element,
                serviceId,
                field,
                phrase);
    }

    void listing(long run, String serviceId, int score, String missing, int requiredMissing, boolean offline) {
        jdbc.update(
                "INSERT INTO audit_listing VALUES (?, ?, ?, ?::TEXT[], ?, ?)",
                run,
                serviceId,
                score,
                missing,
                requiredMissing,
                offline);
    }

    void fix(long run, int priority, String what, String why) {
        jdbc.update("INSERT INTO audit_fix VALUES (?, ?, ?, ?)", run, priority, what, why);
    }
}
