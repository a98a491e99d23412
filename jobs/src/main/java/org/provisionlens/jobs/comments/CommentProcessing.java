package org.provisionlens.jobs.comments;

import java.util.List;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.comments.anonymise.Anonymised;
import org.provisionlens.core.comments.anonymise.Anonymiser;
import org.provisionlens.core.comments.publication.PublicationScreen;
import org.provisionlens.core.comments.themes.Themer;

/** Anonymise, then theme and screen the anonymised text: the one order comments are processed in. */
public final class CommentProcessing {

    private final Anonymiser anonymiser;
    private final Themer themer;

    public CommentProcessing(Anonymiser anonymiser, Themer themer) {
        this.anonymiser = anonymiser;
        this.themer = themer;
    }

    public static CommentProcessing standard() {
        return new CommentProcessing(new Anonymiser(), Themer.standard());
    }

    /** The standard processing, with the standard themes extended by a taxonomy file (when not null). */
    public static CommentProcessing withTaxonomy(java.nio.file.Path extension) {
        if (extension == null) {
            return standard();
        }
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(extension)) {
            return new CommentProcessing(
                    new Anonymiser(),
                    new Themer(
                            org.provisionlens.core.comments.themes.ThemeTaxonomy.standard()
                                    .extendedWith(reader),
                            org.provisionlens.core.comments.themes.StanceLexicon.standard()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read the theme taxonomy " + extension, e);
        }
    }

    public ProcessedComment process(Comment comment) {
        Anonymised anonymised = anonymiser.anonymise(comment.text());
        return new ProcessedComment(
                comment,
                anonymised,
                themer.theme(anonymised.text()),
                PublicationScreen.screen(anonymised.text()).orElse(null));
    }

    /** Processes the comments on all cores (the anonymiser and themer keep no state). */
    public List<ProcessedComment> processAll(List<Comment> comments) {
        return comments.parallelStream().map(this::process).toList();
    }

    public Anonymiser anonymiser() {
        return anonymiser;
    }

    public Themer themer() {
        return themer;
    }
}
