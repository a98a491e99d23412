package org.provisionlens.jobs.impact;

import java.io.IOException;
import java.nio.file.Path;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalException;
import org.provisionlens.core.reorganisation.ProposalReader;

/** Reads a proposal file with core's reader; a file that cannot be used is a {@link BadProposal}. */
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
            return ProposalReader.read(file);
        } catch (IOException e) {
            throw new BadProposal(file + " cannot be read: " + e, e);
        } catch (ProposalException e) {
            throw new BadProposal(e.getMessage(), e);
        }
    }
}
