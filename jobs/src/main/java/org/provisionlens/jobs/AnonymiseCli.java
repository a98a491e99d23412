package org.provisionlens.jobs;

import java.util.concurrent.Callable;
import org.provisionlens.jobs.comments.CommentFileCommand;
import org.provisionlens.jobs.comments.CommentProcessing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code anonymise --in comments.csv --out anonymised.csv}. */
@Command(
        name = "anonymise",
        header = "Anonymise a CSV of comments (id,text).",
        description = {
            "Anonymises a CSV of comments the way a review run does, to check it on your own labelled comments."
                    + " Writes id,anonymised_text,held_for_review,reasons: names, phone numbers, addresses and other"
                    + " identifiers become numbered placeholders such as [CHILD 1]; a comment the anonymiser is unsure"
                    + " of is held for review."
        })
final class AnonymiseCli implements Callable<Integer> {

    private final Launch launch;

    @Mixin
    CommentFiles files;

    AnonymiseCli(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        return new CommentFileCommand(CommentProcessing.standard(), launch.out(), launch.err())
                .run(CommentFileCommand.Task.ANONYMISE, files.in, files.out)
                .code();
    }
}
