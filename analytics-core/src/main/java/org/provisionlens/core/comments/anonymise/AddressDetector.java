package org.provisionlens.core.comments.anonymise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses: a house number and a capitalised street name with a street word ("12 Acacia Avenue"), with an
 * optional flat or unit before it ("Flat 3, 14 High Street"), and a named street someone lives on ("we live on
 * Acacia Avenue").
 */
final class AddressDetector {

    private static final String STREET_WORD = "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent"
            + "|Court|Place|Grove|Gardens|Terrace|Walk|Mews|Rise|View|Hill|Square|Row|Green|Parade|Vale|Mount"
            + "|Fold|Brow|Croft|Meadows|Park|Boulevard|Wharf|Yard)";
    private static final String STREET = "(?:[A-Z][\\p{L}'’-]+\\s+){1,3}" + STREET_WORD + "\\b";
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:\\b(?:Flat|Apartment|Apt|Unit|flat|apartment)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?(?<![\\d,.£])\\b\\d{1,4}[A-Za-z]?,?\\s+"
                    + STREET);
    private static final Pattern LIVE_ON = Pattern.compile(
            "\\b(?:live|lives|living|lived|moved|move|house|home|address is)\\s+(?:on|in|at|to)\\s+(" + STREET + ")");

    void detect(String text, List<Span> spans) {
        Matcher numbered = NUMBERED.matcher(text);
        while (numbered.find()) {
            spans.add(Span.of(EntityType.ADDRESS, text, numbered.start(), numbered.end()));
        }
        Matcher liveOn = LIVE_ON.matcher(text);
        while (liveOn.find()) {
            spans.add(Span.of(EntityType.ADDRESS, text, liveOn.start(1), liveOn.end(1)));
        }
    }
}
