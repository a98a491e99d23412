package org.provisionlens.core.reorganisation;

import java.util.List;

/**
 * What a family or young person said about a service, anonymised and published (never raw text), with its themes.
 *
 * @param themes theme labels with their stance, for example "Waiting times (negative)"
 */
public record ServiceComment(
        String serviceId, String commentId, String respondentType, String text, List<String> themes) {

    public ServiceComment {
        themes = List.copyOf(themes);
    }
}
