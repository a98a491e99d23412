package org.provisionlens.core.comments.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicationScreenTests {

    @Test
    void leavesOutAbuse() {
        assertThat(PublicationScreen.screen("The panel are a bunch of idiots.")).contains(Exclusion.ABUSIVE);
        assertThat(PublicationScreen.screen("What a f***ing joke this service is"))
                .contains(Exclusion.ABUSIVE);
    }

    @Test
    void leavesOutAComplaintAboutANamedPerson() {
        assertThat(PublicationScreen.screen("The transport was late again. Mrs [NAME 1] was rude to my son."))
                .contains(Exclusion.INDIVIDUAL_COMPLAINT);
        assertThat(PublicationScreen.screen("I want to complain about [NAME 2] at the panel."))
                .contains(Exclusion.INDIVIDUAL_COMPLAINT);
    }

    @Test
    void keepsCriticismOfAServiceAndPraiseOfAPerson() {
        // criticism of a service is what the report is for; a named person praised is not a complaint
        assertThat(PublicationScreen.screen("The EHC process is incompetent and nobody replies."))
                .isEmpty();
        assertThat(PublicationScreen.screen("[NAME 1] was brilliant. The waiting list is shocking."))
                .isEmpty();
        // "Scunthorpe" and "assess" do not trip whole-word matching
        assertThat(PublicationScreen.screen("We moved from Scunthorpe and had to reassess everything."))
                .isEmpty();
    }
}
