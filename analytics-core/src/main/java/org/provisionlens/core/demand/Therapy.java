package org.provisionlens.core.demand;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provisionlens.core.services.CodedValues;

/**
 * A children's community health service whose waiting list NHS England publishes (community health services waiting
 * lists for children and young people), with the words that name it in the file and in service listings.
 */
public enum Therapy {
    AUDIOLOGY("Audiology", List.of("audiology service"), "audiolog|hearing"),
    COMMUNITY_PAEDIATRICS(
            "Community paediatrics",
            List.of("community paediatric service", "community paediatric services", "community paediatrics"),
            "community paediatric|paediatrician|child development"),
    OCCUPATIONAL_THERAPY("Occupational therapy", List.of("ot"), "occupational therap|\\bot\\b"),
    SPEECH_AND_LANGUAGE(
            "Speech and language therapy",
            List.of("speech and language", "speech and language therapy", "salt", "slt"),
            "speech|language therap|\\bsalt\\b|\\bslt\\b"),
    PHYSIOTHERAPY("Physiotherapy", List.of("physio", "physiotherapy"), "physio");

    private final String label;
    private final List<String> synonyms;
    private final Pattern inServiceName;

    Therapy(String label, List<String> synonyms, String inServiceName) {
        this.label = label;
        this.synonyms = synonyms;
        this.inServiceName = Pattern.compile(inServiceName);
    }

    public String label() {
        return label;
    }

    /** The therapy a waiting-list file names (e.g. {@code Speech And Language}), read leniently. */
    public static Optional<Therapy> parse(String value) {
        return CodedValues.parse(Therapy.class, value, therapy -> therapy.synonyms);
    }

    /**
     * The therapies a service's name says it provides, by key words: "speech", "SALT" or "language therapy"; "OT" or
     * "occupational therapy"; "physio"; "community paediatric", "paediatrician" or "child development"; "audiology" or
     * "hearing". None when the name names none of them.
     */
    public static List<Therapy> named(String serviceName) {
        if (serviceName == null) {
            return List.of();
        }
        String name = serviceName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(therapy -> therapy.inServiceName.matcher(name).find())
                .toList();
    }
}
