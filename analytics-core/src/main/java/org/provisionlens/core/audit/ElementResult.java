package org.provisionlens.core.audit;

import java.util.List;
import java.util.Optional;
import org.provisionlens.core.services.Service;

/**
 * An element checked against the offer.
 *
 * @param considered the listings of the kinds the element's rule names (all listings when it names none)
 * @param evidence the listings that show it, and where
 */
public record ElementResult(Schedule2Element element, boolean met, int considered, List<Evidence> evidence) {

    public ElementResult {
        evidence = List.copyOf(evidence);
    }

    static ElementResult check(Schedule2Element element, List<Service> services) {
        int considered = (int) services.stream().filter(element::fits).count();
        List<Evidence> evidence = services.stream()
                .map(element::shownBy)
                .flatMap(Optional::stream)
                .toList();
        boolean met = element.listings() == Schedule2Element.Listings.ANY
                ? !evidence.isEmpty()
                : considered > 0 && evidence.size() == considered;
        return new ElementResult(element, met, considered, evidence);
    }

    /** What the page says: the evidence of a met element, or why it is missing. */
    public String summary() {
        if (element.listings() == Schedule2Element.Listings.EVERY) {
            return considered == 0
                    ? "no listing of this kind"
                    : evidence.size() + " of " + considered + " listings show it";
        }
        if (evidence.isEmpty()) {
            return "no listing shows it";
        }
        return evidence.size() == 1 ? "1 listing shows it" : evidence.size() + " listings show it";
    }
}
