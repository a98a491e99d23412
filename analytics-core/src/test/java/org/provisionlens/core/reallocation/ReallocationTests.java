package org.provisionlens.core.reallocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reallocation.Reallocation.Assignment;
import org.provisionlens.core.reallocation.Reallocation.Destination;
import org.provisionlens.core.reallocation.Reallocation.Group;
import org.provisionlens.core.reallocation.Reallocation.Option;

class ReallocationTests {

    @Test
    void beatsGreedyNearestFirst() {
        // A: X 10, Y 11; B: X 12, Y 100; one place each.
        // Greedy nearest-first takes A -> X (10), leaving B -> Y (100): 110.
        // The optimum is A -> Y (11), B -> X (12): 23.
        var plan = Reallocation.solve(
                List.of(new Group("A", 1, 1000), new Group("B", 1, 1000)),
                List.of(new Destination("X", 1), new Destination("Y", 1)),
                List.of(
                        new Option("A", "X", 10),
                        new Option("A", "Y", 11),
                        new Option("B", "X", 12),
                        new Option("B", "Y", 100)));
        assertThat(plan.totalCost()).isEqualTo(23.0);
        assertThat(plan.assignments())
                .containsExactlyInAnyOrder(new Assignment("A", "Y", 1, 11), new Assignment("B", "X", 1, 12));
    }

    @Test
    void sendsWhoDoesNotFitToOverflowAtItsCost() {
        // 3 children, 2 places at 5 each: 2 placed (10), 1 overflow (1000): 1010
        var plan = Reallocation.solve(
                List.of(new Group("A", 3, 1000)), List.of(new Destination("X", 2)), List.of(new Option("A", "X", 5)));
        assertThat(plan.totalCost()).isEqualTo(1010.0);
        assertThat(plan.overflowChildren()).isEqualTo(1);
        assertThat(plan.assignedTo("X")).isEqualTo(2);
        assertThat(plan.assignments())
                .containsExactlyInAnyOrder(new Assignment("A", "X", 2, 5), new Assignment("A", null, 1, 1000));
    }

    @Test
    void overflowsTheGroupWhoseOverflowCostsLeastWhenPlacesAreShort() {
        // one place; A: X 1, overflow 100; B: X 50, overflow 1000.
        // Greedy nearest-first gives X to A (1) and overflows B (1000): 1001. The optimum: B -> X (50), A overflows
        // (100): 150.
        var plan = Reallocation.solve(
                List.of(new Group("A", 1, 100), new Group("B", 1, 1000)),
                List.of(new Destination("X", 1)),
                List.of(new Option("A", "X", 1), new Option("B", "X", 50)));
        assertThat(plan.totalCost()).isEqualTo(150.0);
        assertThat(plan.assignments())
                .containsExactlyInAnyOrder(new Assignment("B", "X", 1, 50), new Assignment("A", null, 1, 100));
    }

    @Test
    void aGroupWithNoOptionWithinTheTravelLimitOverflowsEvenWithPlacesFree() {
        // Y is beyond A's travel limit, so it is not offered to A: A's 2 overflow although Y has 5 places free; B
        // (Y at 7) takes 1 of them: 2 x 1000 + 7 = 2007
        var plan = Reallocation.solve(
                List.of(new Group("A", 2, 1000), new Group("B", 1, 1000)),
                List.of(new Destination("Y", 5)),
                List.of(new Option("B", "Y", 7)));
        assertThat(plan.totalCost()).isEqualTo(2007.0);
        assertThat(plan.assignments())
                .containsExactlyInAnyOrder(new Assignment("A", null, 2, 1000), new Assignment("B", "Y", 1, 7));
    }

    @Test
    void aGroupSplitsOverDestinationsNearestFirstWhenNobodyCompetes() {
        // 5 children; X (3 at 10), Y (4 at 20): 3 to X, 2 to Y: 30 + 40 = 70
        var plan = Reallocation.solve(
                List.of(new Group("A", 5, 1000)),
                List.of(new Destination("X", 3), new Destination("Y", 4)),
                List.of(new Option("A", "X", 10), new Option("A", "Y", 20)));
        assertThat(plan.totalCost()).isEqualTo(70.0);
        assertThat(plan.assignedTo("X")).isEqualTo(3);
        assertThat(plan.assignedTo("Y")).isEqualTo(2);
    }

    @Test
    void refusesAnOptionForAnUnknownDestination() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        Reallocation.solve(List.of(new Group("A", 1, 10)), List.of(), List.of(new Option("A", "Z", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown group or destination");
    }
}
