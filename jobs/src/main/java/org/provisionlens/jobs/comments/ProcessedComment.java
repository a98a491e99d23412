package org.provisionlens.jobs.comments;

import java.util.List;
import java.util.Objects;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.comments.anonymise.Anonymised;
import org.provisionlens.core.comments.publication.Exclusion;
import org.provisionlens.core.comments.themes.ThemeFinding;

/**
 * A comment, its anonymised text, its themes (found in the anonymised text, never in the raw one), and why it is left
 * out of the published report ({@code null} when it is not).
 */
public record ProcessedComment(Comment comment, Anonymised anonymised, List<ThemeFinding> themes, Exclusion exclusion) {

    public ProcessedComment {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(anonymised, "anonymised");
        themes = List.copyOf(themes);
    }

    @Override
    public String toString() {
        return "ProcessedComment[id=" + comment.id() + ", themes=" + themes.size() + ", held=" + anonymised.uncertain()
                + "]";
    }
}
