package org.provisionlens.jobs.sources.gias;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.provisionlens.core.provision.NeedCode;

/**
 * GIAS's names of SEN provision types ("ASD - Autistic Spectrum Disorder", "SpLD - Specific Learning Difficulty",
 * ...) read by the code before " - ". BESD ("Behaviour, Emotional and Social Difficulties", the name before the 2014
 * Code of Practice) is read as SEMH, which replaced it. "Not applicable" and blanks name no need.
 */
final class SenProvisionTypes {

    private static final Map<String, NeedCode> CODES = codes();

    private SenProvisionTypes() {}

    private static Map<String, NeedCode> codes() {
        Map<String, NeedCode> codes = new LinkedHashMap<>();
        for (NeedCode need : NeedCode.values()) {
            if (need != NeedCode.UNKNOWN) {
                codes.put(need.name(), need);
            }
        }
        codes.put("BESD", NeedCode.SEMH);
        return Map.copyOf(codes);
    }

    /** A regular expression (case-insensitive) that a known provision type matches: a known code, then " - " text. */
    static String pattern() {
        String alternatives = CODES.keySet().stream().sorted().collect(Collectors.joining("|"));
        return "(?i)^\\s*(" + alternatives + ")(\\s+-\\s.*|\\s*)$";
    }

    /** Whether the value names no provision type ("Not applicable"). */
    static boolean isNotApplicable(String value) {
        return value.trim().equalsIgnoreCase("not applicable");
    }

    static Optional<NeedCode> need(String value) {
        if (value == null || value.isBlank() || isNotApplicable(value)) {
            return Optional.empty();
        }
        String code = value.split("\\s+-\\s", 2)[0].trim().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(CODES.get(code));
    }

    static Set<NeedCode> needs(Iterable<String> values) {
        Set<NeedCode> needs = EnumSet.noneOf(NeedCode.class);
        for (String value : values) {
            need(value).ifPresent(needs::add);
        }
        return needs;
    }
}
