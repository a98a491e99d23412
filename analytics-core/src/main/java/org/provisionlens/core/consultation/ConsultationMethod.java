package org.provisionlens.core.consultation;

import java.util.List;
import java.util.Optional;
import org.provisionlens.core.services.CodedValues;

/** How a consultation activity reached people, and whether taking part needed the internet. */
public enum ConsultationMethod {
    ONLINE_SURVEY("Online survey", true, List.of("survey", "online", "web survey", "web form")),
    PAPER_SURVEY("Paper survey", false, List.of("paper", "questionnaire", "postal survey")),
    EMAIL("Email", true, List.of("e-mail")),
    LETTER("Letter", false, List.of("post", "written")),
    PHONE("Phone", false, List.of("telephone", "phone call", "helpline")),
    EVENT("Event", false, List.of("drop in", "drop-in", "open day", "roadshow", "coffee morning")),
    FOCUS_GROUP("Focus group", false, List.of("workshop", "group session")),
    MEETING("Meeting", false, List.of("board meeting", "forum meeting", "face to face")),
    SCHOOL_VISIT("School or setting visit", false, List.of("visit", "setting visit", "school council")),
    FORUM("Parent carer forum or youth forum", false, List.of("parent carer forum", "youth forum", "pcf")),
    OTHER("Other", false, List.of());

    private final String label;
    private final boolean needsInternet;
    private final List<String> synonyms;

    ConsultationMethod(String label, boolean needsInternet, List<String> synonyms) {
        this.label = label;
        this.needsInternet = needsInternet;
        this.synonyms = synonyms;
    }

    public String label() {
        return label;
    }

    /** Whether taking part this way needs the internet (an online survey, email); OTHER is counted as not. */
    public boolean needsInternet() {
        return needsInternet;
    }

    public static Optional<ConsultationMethod> parse(String value) {
        return CodedValues.parse(ConsultationMethod.class, value, method -> method.synonyms);
    }
}
