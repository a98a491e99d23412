package org.provisionlens.jobs.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.comments.RespondentType;
import org.provisionlens.core.services.ServiceBuilder;

class CommentLinksTests {

    private final CommentLinks links = new CommentLinks(List.of(
            ServiceBuilder.service("services:S358-SALT", "Trafford Children's Speech and Language Therapy")
                    .build(),
            ServiceBuilder.service("services:S358-OT", "OT").build(),
            ServiceBuilder.service("schools:106391", "Brentwood School").build()));

    private List<CommentLinks.Link> linksOf(String text, String reference, String area) {
        Comment comment = new Comment("c1", null, RespondentType.PARENT_CARER, null, text, reference, area);
        return links.links(CommentProcessing.standard().process(comment));
    }

    @Test
    void linksByTheRespondentsReferenceByIdOrIdInItsSource() {
        assertThat(linksOf("Too long a wait.", "S358-SALT", "Sale"))
                .containsExactly(
                        new CommentLinks.Link("c1", "service", "services:S358-SALT", "reference"),
                        new CommentLinks.Link("c1", "area", "Sale", "reference"));
    }

    @Test
    void linksByAServicesNameInTheTextButNotByShortNames() {
        // "Brentwood School" is 16 characters: found; "OT" is too short to search for
        assertThat(linksOf("The staff at Brentwood School and the OT were great.", null, null))
                .containsExactly(new CommentLinks.Link("c1", "service", "schools:106391", "name in text"));
    }
}
