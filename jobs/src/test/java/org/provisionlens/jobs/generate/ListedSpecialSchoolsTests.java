package org.provisionlens.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListedSpecialSchoolsTests {

    private static final Area AREA = new Area("E01000001", 53.4, -2.3, 1, null);

    @Test
    void readsTraffordsStateSpecialSchoolsWithKnownPlacesFromItsListing() {
        List<ListedSpecialSchools.School> schools =
                ListedSpecialSchools.load(GeneratedFiles.data().resolve(Geography.TRAFFORD_SCHOOLS), "358");
        // trafford_schools_and_colleges.csv: establishment numbers 7000-7999 admitting under-16s, or type "Special
        // schools" outside 6000-6999: St John Vianney 160, Brentwood 120, Delamere 110, Manor Academy Sale 200, Pictor
        // Academy 121, The Orchards 140, Longford Park 81 = 932; Egerton High (7009) gives no capacity, Brentwood
        // Community College (7901, from 19) is specialist post-16, Fairfield House and Changing Lives are independent
        assertThat(schools)
                .extracting(ListedSpecialSchools.School::urn)
                .containsExactly("106167", "106391", "106394", "142288", "142289", "142782", "147372");
        assertThat(schools.stream()
                        .mapToInt(ListedSpecialSchools.School::places)
                        .sum())
                .isEqualTo(932);
        assertThat(schools.get(2)).isEqualTo(new ListedSpecialSchools.School("106394", "Delamere School", 2, 11, 110));
    }

    @Test
    void placesTheOldestFirstInTheSchoolOfTheirAgeWithTheLowestShareOfItsPlacesTaken() {
        // A: ages 11-19, 2 places; B: ages 2-11, 4 places. Children (list order): 5, 16, 12, 9, 11, mainstream 8.
        // Oldest first: 16 -> A (1/2); 12 -> A (2/2); 11: A 2/2, B 0/4 -> B (1/4); 9 -> B (2/4); 5 -> B (3/4).
        List<ListedSpecialSchools.School> schools = List.of(
                new ListedSpecialSchools.School("A", "A", 11, 19, 2),
                new ListedSpecialSchools.School("B", "B", 2, 11, 4));
        List<Child> children = List.of(
                child(5, "S1"),
                child(16, "S2"),
                child(12, "S1"),
                child(9, "S1"),
                child(11, "S2"),
                child(8, "mainstream"));
        List<Child> placed = ListedSpecialSchools.place(children, Set.of("S1", "S2"), schools);
        assertThat(placed).extracting(Child::setting).containsExactly("B", "A", "A", "B", "B", "mainstream");
        assertThat(placed).extracting(Child::age).containsExactly(5, 16, 12, 9, 11, 8);
    }

    @Test
    void aChildNoSchoolAdmitsGoesToTheLeastFullAndWithoutSchoolsNothingMoves() {
        // A 11-19 with 2 places, B 2-11 with 4; a child aged 0 fits neither: both are empty, so the first, A
        List<ListedSpecialSchools.School> schools = List.of(
                new ListedSpecialSchools.School("A", "A", 11, 19, 2),
                new ListedSpecialSchools.School("B", "B", 2, 11, 4));
        assertThat(ListedSpecialSchools.place(List.of(child(0, "S1")), Set.of("S1"), schools))
                .extracting(Child::setting)
                .containsExactly("A");
        List<Child> children = List.of(child(9, "S1"));
        assertThat(ListedSpecialSchools.place(children, Set.of("S1"), List.of()))
                .isSameAs(children);
    }

    private static Child child(int age, String setting) {
        return new Child(
                age, "ASD", true, "Special - LA maintained", setting, AREA, LocalDate.of(2024, 1, 1), null, false);
    }
}
