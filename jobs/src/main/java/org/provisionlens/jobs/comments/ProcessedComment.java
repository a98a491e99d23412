package org.provisionlens.jobs.comments;

import java.util.List;
import java.util.Objects;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.comments.anonymise.Anonymised;
import org.provisionlens.core.comments.themes.ThemeFinding;

/** A comment, its anonymised text and its themes (found in the anonymised text, never in the raw one). */
public record ProcessedComment(Comment comment, Anonymised anonymised, List<ThemeFinding> themes) {

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
