package org.provisionlens.jobs.impact;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import org.provisionlens.core.reorganisation.Proposal;

/**
 * Reads a proposal file with core's {@code ProposalReader.read(Path)}, which lists every problem of a bad file in its
 * exception's message.
 *
 * <p>The reader is being written alongside this command (issue 10); it is called by name until both are merged, when
 * this class becomes a direct call to {@code ProposalReader.read(file)}.
 */
public final class ProposalFiles {

    /** A file that is not a proposal the platform can read; the message lists every problem. */
    public static final class BadProposal extends RuntimeException {
        BadProposal(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ProposalFiles() {}

    public static Proposal read(Path file) {
        try {
            Class<?> reader = Class.forName("org.provisionlens.core.reorganisation.ProposalReader");
            return (Proposal) reader.getMethod("read", Path.class).invoke(null, file);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.IOException) {
                throw new BadProposal(file + " cannot be read: " + cause.getMessage(), cause);
            }
            if (cause instanceof RuntimeException problem
                    && problem.getClass().getSimpleName().equals("ProposalException")) {
                throw new BadProposal(problem.getMessage(), problem);
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this build has no proposal reader (core ProposalReader)", e);
        }
    }
}
