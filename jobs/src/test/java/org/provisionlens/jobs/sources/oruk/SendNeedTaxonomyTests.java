package org.provisionlens.jobs.sources.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.provision.NeedCode.ASD;
import static org.provisionlens.core.provision.NeedCode.HI;
import static org.provisionlens.core.provision.NeedCode.MLD;
import static org.provisionlens.core.provision.NeedCode.MSI;
import static org.provisionlens.core.provision.NeedCode.PD;
import static org.provisionlens.core.provision.NeedCode.PMLD;
import static org.provisionlens.core.provision.NeedCode.SEMH;
import static org.provisionlens.core.provision.NeedCode.SLCN;
import static org.provisionlens.core.provision.NeedCode.SLD;
import static org.provisionlens.core.provision.NeedCode.SPLD;
import static org.provisionlens.core.provision.NeedCode.VI;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provisionlens.core.provision.NeedCode;

class SendNeedTaxonomyTests {

    private static void reads(String term, NeedCode... needs) {
        assertThat(SendNeedTaxonomy.needsOf(term)).as(term).isEqualTo(Set.of(needs));
    }

    @Test
    void theDfeCodesAreTheirNeeds() {
        reads("ASD", ASD);
        reads("slcn", SLCN);
        reads(" SEMH ", SEMH);
        reads("HI", HI);
        reads("VI", VI);
        reads("PD", PD);
        reads("MSI", MSI);
        reads("SpLD", SPLD);
        reads("MLD", MLD);
        reads("SLD", SLD);
        reads("PMLD", PMLD);
    }

    @Test
    void namesAsCouncilsWriteThem() {
        reads("Autism", ASD);
        reads("Autism Spectrum Disorder (ASD)", ASD);
        reads("Autistic spectrum condition", ASD);
        reads("Asperger's syndrome", ASD);
        reads("Speech and language", SLCN);
        reads("Speech, Language and Communication Needs", SLCN);
        reads("Hearing impairment", HI);
        reads("Deaf and hard of hearing", HI);
        reads("Visual impairment", VI);
        reads("Visually impaired", VI);
        reads("Blind and partially sighted", VI);
        reads("Physical disability", PD);
        reads("Physical disabilities", PD);
        reads("Social, emotional and mental health", SEMH);
        reads("Social, Emotional & Mental Health", SEMH);
        reads("Mental health", SEMH);
        reads("Emotional wellbeing", SEMH);
        reads("ADHD", SEMH);
        reads("Dyslexia", SPLD);
        reads("Specific learning difficulties", SPLD);
        reads("Moderate learning difficulties", MLD);
        reads("Severe learning difficulties", SLD);
        reads("Profound and multiple learning difficulties", PMLD);
        reads("Multi-sensory impairment", MSI);
        reads("Deafblind", MSI);
    }

    @Test
    void broadTermsStandForEveryNeedTheyCover() {
        reads("Learning disability", MLD, SLD, PMLD);
        reads("Learning difficulties", MLD, SLD, PMLD, SPLD);
        reads("Communication and interaction", SLCN, ASD);
        reads("Cognition and learning", MLD, SLD, PMLD, SPLD);
        reads("Sensory and/or physical needs", HI, VI, MSI, PD);
    }

    @Test
    void aTermNamingSeveralNeedsHasThemAll() {
        reads("Autism and learning disabilities", ASD, MLD, SLD, PMLD);
        reads("Hearing & visual impairment", HI, VI);
    }

    @Test
    void aSpecificNeedDoesNotAlsoCountAsTheGenericOneItContains() {
        // "severe learning difficulties" is not also "learning difficulties"; "deafblind" is not also deaf and blind
        reads("Severe learning difficulties", SLD);
        reads("Deafblind", MSI);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "SEND",
                "Down syndrome",
                "Complex needs",
                "Other",
                "OTH",
                "UNKNOWN",
                "Insight",
                "Additional needs",
                "Play and leisure",
                "Language classes",
                "Health"
            })
    void termsThatNameNoPrimaryNeedNameNone(String term) {
        assertThat(SendNeedTaxonomy.needsOf(term)).isEmpty();
    }

    @Test
    void nothingIsNothing() {
        assertThat(SendNeedTaxonomy.needsOf(null)).isEmpty();
    }
}
