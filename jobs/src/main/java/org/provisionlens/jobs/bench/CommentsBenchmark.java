package org.provisionlens.jobs.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.jobs.comments.CommentProcessing;
import org.provisionlens.jobs.comments.CommentsInput;
import org.provisionlens.jobs.comments.ProcessedComment;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * 200,000 comments through anonymise + theme, on all cores: the national generated comments (55,074, read with the
 * platform's reader), repeated with new ids up to 200,000.
 */
public final class CommentsBenchmark {

    static final int COMMENTS = 200_000;

    private CommentsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("provision-lens.home", "."))
                .toAbsolutePath()
                .normalize();
        Measurements measurements = new Measurements(System.out);
        Path data = NationalData.ensure(home, measurements);
        List<Comment> generated = CommentsInput.read(
                        new InputSpec("comments", "comments-csv", data.resolve("comments.csv")))
                .accepted();
        List<Comment> comments = new ArrayList<>(COMMENTS);
        for (int i = 0; comments.size() < COMMENTS; i++) {
            Comment c = generated.get(i % generated.size());
            comments.add(new Comment(
                    c.id() + "-" + i,
                    c.date(),
                    c.respondentType(),
                    c.channel(),
                    c.text(),
                    c.serviceReference(),
                    c.area()));
        }
        CommentProcessing processing = CommentProcessing.standard();
        processing.processAll(comments.subList(0, 2_000)); // warm up
        long[] held = {0};
        long[] themes = {0};
        measurements.time(
                "anonymise + theme " + COMMENTS + " comments ("
                        + Runtime.getRuntime().availableProcessors() + " cores)",
                () -> {
                    List<ProcessedComment> processed = processing.processAll(comments);
                    held[0] = processed.stream()
                            .filter(p -> p.anonymised().uncertain())
                            .count();
                    themes[0] =
                            processed.stream().mapToLong(p -> p.themes().size()).sum();
                    return processed.size();
                });
        System.out.printf("  (%,d held for review, %,d themes found)%n", held[0], themes[0]);
        measurements.print();
    }
}
