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
}
