package org.provisionlens.core.reallocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * An exact capacitated minimum-cost assignment of groups of children to destinations: every child is assigned, to one
 * of its group's options while capacity lasts, or to overflow at the group's overflow cost. The total cost (the sum of
 * the costs of the assignments made) is the least possible: not greedy nearest-first.
 */
public final class Reallocation {

    /**
     * Children who need a place or service: identical for the assignment (same home, need, age).
     *
     * @param overflowCost the cost, per child, of overflow (out-of-area or no local provision); should exceed every
     *     option's cost so that overflow is the last resort
     */
    public record Group(String id, int children, double overflowCost) {
        public Group {
            Objects.requireNonNull(id, "id");
            if (children < 0) {
                throw new IllegalArgumentException(id + ": children cannot be negative: " + children);
            }
            if (!(overflowCost >= 0) || Double.isInfinite(overflowCost)) {
                throw new IllegalArgumentException(id + ": overflow cost must be a finite non-negative number");
            }
        }
    }

    /** A place or service with room for {@code spare} more children. */
    public record Destination(String id, int spare) {
        public Destination {
            Objects.requireNonNull(id, "id");
            if (spare < 0) {
                throw new IllegalArgumentException(id + ": spare capacity cannot be negative: " + spare);
            }
        }
    }

    /** A destination that suits a group, at a cost per child (journey minutes, or a penalty for moving). */
    public record Option(String groupId, String destinationId, double cost) {
        public Option {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(destinationId, "destinationId");
            if (!(cost >= 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException(
                        groupId + " -> " + destinationId + ": cost must be a finite non-negative number");
            }
        }
    }

    /**
     * Children of a group sent to a destination ({@code destinationId} {@code null} for overflow), at a cost each.
     */
    public record Assignment(String groupId, String destinationId, int children, double costEach) {
        public boolean overflow() {
            return destinationId == null;
        }
    }

    /** The assignments, and their total cost. */
    public record Plan(List<Assignment> assignments, double totalCost) {

        public Plan {
            assignments = List.copyOf(assignments);
        }

        public int overflowChildren() {
            return assignments.stream()
                    .filter(Assignment::overflow)
                    .mapToInt(Assignment::children)
                    .sum();
        }

        public int assignedTo(String destinationId) {
            return assignments.stream()
                    .filter(a -> destinationId.equals(a.destinationId()))
                    .mapToInt(Assignment::children)
                    .sum();
        }
    }

    private static final String SINK = "sink";
    private static final String OVERFLOW = "overflow";

    private Reallocation() {}

    public static Plan solve(List<Group> groups, List<Destination> destinations, List<Option> options) {
        Map<String, Group> groupById = unique(groups, Group::id, "group");
        Map<String, Destination> destinationById = unique(destinations, Destination::id, "destination");
        int total = groups.stream().mapToInt(Group::children).sum();
        if (total == 0) {
            return new Plan(List.of(), 0);
        }
        Graph<String, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Integer> supply = new HashMap<>();
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<DefaultWeightedEdge, Assignment> meaning = new LinkedHashMap<>();
        graph.addVertex(SINK);
        graph.addVertex(OVERFLOW);
        supply.put(SINK, -total);
        capacity.put(arc(graph, OVERFLOW, SINK, 0), total);
        for (Destination destination : destinations) {
            String node = "d:" + destination.id();
            graph.addVertex(node);
            capacity.put(arc(graph, node, SINK, 0), destination.spare());
        }
        for (Group group : groups) {
            String node = "g:" + group.id();
            graph.addVertex(node);
            supply.put(node, group.children());
            DefaultWeightedEdge overflow = arc(graph, node, OVERFLOW, group.overflowCost());
            capacity.put(overflow, group.children());
            meaning.put(overflow, new Assignment(group.id(), null, 0, group.overflowCost()));
        }
        Set<String> offered = new HashSet<>();
        for (Option option : options) {
            Group group = groupById.get(option.groupId());
            if (group == null || !destinationById.containsKey(option.destinationId())) {
                throw new IllegalArgumentException("option names an unknown group or destination: " + option);
            }
            if (!offered.add(option.groupId() + "\u0000" + option.destinationId())) {
                throw new IllegalArgumentException("option offered twice: " + option);
            }
            DefaultWeightedEdge edge = arc(graph, "g:" + group.id(), "d:" + option.destinationId(), option.cost());
            capacity.put(edge, group.children());
            meaning.put(edge, new Assignment(group.id(), option.destinationId(), 0, option.cost()));
        }
        MinimumCostFlowProblem<String, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                        graph, node -> supply.getOrDefault(node, 0), edge -> capacity.get(edge));
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>().getMinimumCostFlow(problem);
        List<Assignment> assignments = new ArrayList<>();
        double cost = 0;
        for (Map.Entry<DefaultWeightedEdge, Assignment> entry : meaning.entrySet()) {
            int children = (int) Math.round(flow.getFlow(entry.getKey()));
            if (children > 0) {
                Assignment a = entry.getValue();
                assignments.add(new Assignment(a.groupId(), a.destinationId(), children, a.costEach()));
                cost += children * a.costEach();
            }
        }
        return new Plan(assignments, cost);
    }

    private static DefaultWeightedEdge arc(
            Graph<String, DefaultWeightedEdge> graph, String from, String to, double cost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        return edge;
    }

    private static <T> Map<String, T> unique(List<T> items, java.util.function.Function<T, String> id, String what) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            if (byId.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException(what + " listed twice: " + id.apply(item));
            }
        }
        return byId;
    }
}
