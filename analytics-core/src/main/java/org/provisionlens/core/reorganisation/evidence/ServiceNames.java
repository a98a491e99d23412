package org.provisionlens.core.reorganisation.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.services.Service;

/** A proposal's changes in sentences that name the services: "Close Oak School sixth form (svc-a)". */
final class ServiceNames {

    private ServiceNames() {}

    static List<String> describe(Proposal proposal, List<Service> services) {
        List<String> sentences =
                proposal.changes().stream().map(Change::describe).toList();
        if (services.isEmpty()) {
            return sentences;
        }
        Map<String, String> names =
                services.stream().collect(Collectors.toMap(Service::id, Service::name, (a, b) -> a));
        // one pass, whole ids only, longest first: "svc-a" never rewrites part of "svc-ab", nor a name put in
        Pattern ids = Pattern.compile(names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![\\w-])(?:", ")(?![\\w-])")));
        Function<java.util.regex.MatchResult, String> named =
                match -> Matcher.quoteReplacement(names.get(match.group()) + " (" + match.group() + ")");
        return sentences.stream()
                .map(sentence -> ids.matcher(sentence).replaceAll(named))
                .toList();
    }
}
