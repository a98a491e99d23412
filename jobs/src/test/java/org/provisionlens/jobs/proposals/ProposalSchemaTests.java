package org.provisionlens.jobs.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reorganisation.ProposalException;
import org.provisionlens.core.reorganisation.ProposalReader;

/** The schema accepts what the reader reads and refuses what it refuses, spelling by spelling. */
class ProposalSchemaTests {

    private static final String HEAD = "id: p\nname: P\neffectiveDate: 2027-09-01\nlocalAuthority: E08000009\n";
    private static final String OPEN = "{type: open, id: new, name: N, domain: %s, tier: %s, needs: %s, minAge: 11,"
            + " maxAge: 16, capacity: 20, unit: %s, latitude: 53.4, longitude: -2.4}";

    private static String open(String domain, String tier, String needs, String unit) {
        return OPEN.formatted(domain, tier, needs, unit);
    }

    private static boolean readerAccepts(String text) {
        try {
            ProposalReader.read("p.yaml", text);
            return true;
        } catch (ProposalException refused) {
            return false;
        }
    }

    private static void bothAccept(List<String> changes) {
        for (String change : changes) {
            String text = HEAD + "changes: [" + change + "]\n";
            assertThat(ProposalFilesTests.errors(text)).as(change).isEmpty();
            assertThat(readerAccepts(text)).as(change).isTrue();
        }
    }

    private static void bothRefuse(List<String> texts) {
        for (String text : texts) {
            assertThat(ProposalFilesTests.errors(text)).as(text).isNotEmpty();
            assertThat(readerAccepts(text)).as(text).isFalse();
        }
    }

    @Test
    void acceptTheSameSpellingsOfCodedValues() {
        bothAccept(List.of(
                open("Preparation-for-Adulthood", "Specialised", "[' asd ', Nsa]", "hours/week"),
                open("SEND education", "universal services", "[PMLD]", "Case load"),
                open("\"children's social care\"", "TARGETED", "[vi, SpLD]", "beds"),
                open("NHS", "complex", "[SEMH, semh]", "hpw"),
                "{type: eligibility, serviceId: s, supportLevels: [E, sen support, Statement]}",
                "{type: needsOrAges, serviceId: s, needs: [slcn]}",
                "{type: capacity, serviceId: s, percent: -100}",
                "{type: transport, maxMiles: 0.5}"));
    }

    @Test
    void refuseTheSameMistakes() {
        bothRefuse(List.of(
                HEAD + "changes: [" + open("schooling", "specialist", "[ASD]", "places") + "]",
                HEAD + "changes: [" + open("education", "high", "[ASD]", "places") + "]",
                HEAD + "changes: [" + open("education", "specialist", "[ASD]", "pupils") + "]",
                HEAD + "changes: [" + open("education", "specialist", "[autism]", "places") + "]",
                HEAD + "changes: [" + open("education", "specialist", "[UNKNOWN]", "places") + "]",
                HEAD + "changes: [" + open("education", "specialist", "[]", "places") + "]",
                HEAD + "changes: ["
                        + open("education", "specialist", "[ASD]", "places").replace("}", ", costPerUnit: 9}") + "]",
                HEAD + "changes: [{type: eligibility, serviceId: s, supportLevels: [plan]}]",
                HEAD + "changes: [{type: capacity, serviceId: s, percent: -30, capacity: 4}]",
                HEAD + "changes: [{type: capacity, serviceId: s, percent: -101}]",
                HEAD + "changes: [{type: capacity, serviceId: s, capcity: 4}]",
                HEAD + "changes: [{type: close, serviceId: '  '}]",
                HEAD + "changes: [{type: shut, serviceId: s}]",
                HEAD + "changes: [{type: transport}]",
                HEAD + "changes: [{type: transport, maxMiles: 0}]",
                HEAD + "changes: [{type: needsOrAges, serviceId: s}]",
                HEAD + "changes: [{type: needsOrAges, serviceId: s, maxAge: 26}]",
                HEAD + "changes: [{type: unitCost, serviceId: s, costPerUnit: -1}]",
                HEAD + "changes: [{type: merge, serviceIds: [a], into: a}]",
                HEAD.replace("id: p", "id: -p") + "changes: []",
                HEAD.replace("2027-09-01", "2027-9-1") + "changes: []",
                HEAD.replace("E08000009", "Trafford") + "changes: []",
                HEAD + "changes: []\nrunId: 4",
                "id: p\nname: P\nlocalAuthority: E08000009\nchanges: []",
                HEAD + "changes: [" + "{type: close, serviceId: s},".repeat(501) + "]"));
    }
}
