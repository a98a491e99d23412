package org.provisionlens.core.reorganisation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A proposal file that cannot be read, with every problem found in it (not only the first), so that its writer can
 * put them all right at once.
 */
public final class ProposalException extends RuntimeException {

    private final transient List<Problem> problems;

    ProposalException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        String file = problems.isEmpty() ? "the proposal" : problems.get(0).file();
        return file + " is not a proposal the platform can read (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):\n"
                + problems.stream().map(problem -> "  - " + problem.message()).collect(Collectors.joining("\n"));
    }

    /**
     * One problem.
     *
     * @param file the file's name as it was given
     * @param pointer where in the file, as a JSON pointer ({@code /changes/2/percent}; empty for the whole file)
     * @param value what the file holds there, as the reader saw it ({@code no value} when the key is missing)
     * @param expected what the reader expected there
     */
    public record Problem(String file, String pointer, String value, String expected) {

        /** For example {@code cut.yaml at /changes/2/percent: expected a number, found "thirty"}. */
        public String message() {
            return file + " at " + (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected + ", found " + value;
        }
    }
}
