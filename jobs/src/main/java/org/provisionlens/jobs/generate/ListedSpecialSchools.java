package org.provisionlens.jobs.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.provision.SettingClassifier;

/**
 * An LA's real state-funded special schools, from its schools listing (GIAS, the only one here is Trafford's), and the
 * placing of its generated special school children in them. A school is one when the platform's
 * {@link SettingClassifier} finds a state-funded special school, as the review run will; a school whose listing gives no
 * capacity gets no children (an even share would invent its places). Each child, oldest first, goes to the school of
 * their age with the lowest share of its places taken (ties to the earlier row), so the children are shared in
 * proportion to the schools' places as far as the age ranges allow; the setting is the school's URN, which the run
 * resolves to the listing's service. No random number is drawn, so every other row stays as the seed gives it.
 */
final class ListedSpecialSchools {

    /** A school with its places (its whole capacity) and the ages it admits. */
    record School(String urn, String name, int lowAge, int highAge, int places) {

        boolean admits(int age) {
            return age >= lowAge && age <= highAge;
        }
    }

    private ListedSpecialSchools() {}

    /** The listing's state-funded special schools of the LA with the given 3-digit DfE code, capacity known. */
    static List<School> load(Path listing, String oldLaCode) {
        CsvText.Table table = CsvText.read(listing);
        int la = table.column("local_authority_code");
        List<School> schools = new ArrayList<>();
        for (List<String> row : table.rows()) {
            if (!oldLaCode.equals(row.get(la).trim())) {
                continue;
            }
            Establishment school = new Establishment(
                    value(table, row, "unique_reference_number"),
                    value(table, row, "name"),
                    value(table, row, "type"),
                    number(table, row, "establishment_number"),
                    number(table, row, "lowest_admission_age"),
                    number(table, row, "highest_admission_age"),
                    number(table, row, "capacity"),
                    value(table, row, "resource_provision"),
                    null,
                    null,
                    null,
                    null,
                    null);
            if (SettingClassifier.classify(school).equals(Set.of(ProvisionKind.STATE_SPECIAL_SCHOOL))
                    && school.capacity() != null
                    && school.capacity() > 0) {
                schools.add(new School(
                        school.urn(),
                        school.name(),
                        school.lowAge() == null ? 0 : school.lowAge(),
                        school.highAge() == null ? 25 : school.highAge(),
                        school.capacity()));
            }
        }
        return List.copyOf(schools);
    }

    /**
     * The children with the settings of those in the given special schools replaced by a listed school's URN; the
     * order and everything else unchanged. A child no school admits at their age goes to the least full of all.
     */
    static List<Child> place(List<Child> children, Set<String> specialSettings, List<School> schools) {
        if (schools.isEmpty()) {
            return children;
        }
        List<Child> placed = new ArrayList<>(children);
        int[] taken = new int[schools.size()];
        List<Integer> special = IntStream.range(0, children.size())
                .filter(i -> specialSettings.contains(children.get(i).setting()))
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> -children.get(i).age())
                        .thenComparing(i -> i))
                .toList();
        for (int i : special) {
            Child child = children.get(i);
            List<Integer> open = IntStream.range(0, schools.size())
                    .filter(s -> schools.get(s).admits(child.age()))
                    .boxed()
                    .toList();
            List<Integer> choices =
                    open.isEmpty() ? IntStream.range(0, schools.size()).boxed().toList() : open;
            int best = choices.get(0);
            for (int s : choices) {
                // taken[s] / places[s] < taken[best] / places[best], in whole numbers
                if ((long) taken[s] * schools.get(best).places()
                        < (long) taken[best] * schools.get(s).places()) {
                    best = s;
                }
            }
            taken[best]++;
            placed.set(i, withSetting(child, schools.get(best).urn()));
        }
        return placed;
    }

    private static Child withSetting(Child child, String setting) {
        return new Child(
                child.age(),
                child.need(),
                child.ehcPlan(),
                child.placement(),
                setting,
                child.area(),
                child.planOrReferralDate(),
                child.waitingSince(),
                child.birthYearOnly());
    }

    private static String value(CsvText.Table table, List<String> row, String column) {
        int at = table.column(column);
        String text = at < row.size() ? row.get(at).trim() : "";
        return text.isEmpty() || text.equals("NA") ? null : text;
    }

    private static Integer number(CsvText.Table table, List<String> row, String column) {
        String text = value(table, row, column);
        return text == null ? null : Integer.valueOf(text);
    }
}
