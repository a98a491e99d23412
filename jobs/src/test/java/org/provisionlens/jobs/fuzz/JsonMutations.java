package org.provisionlens.jobs.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Broken variants of a valid JSON file: JSON of the wrong shape (arrays where objects are expected and objects where
 * arrays are, wrong nesting, nulls, a number for text and text for a number), a 5 MB string, numbers too large for
 * any type, deep nesting (stack depth); plus the variants of any file ({@link Mutations}).
 */
final class JsonMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {}

    /** A place in the tree: the container holding a node and the node's key or index there. */
    private record Place(JsonNode parent, String key, int index, JsonNode node) {

        void replace(JsonNode with) {
            if (parent instanceof ObjectNode object) {
                object.set(key, with);
            } else {
                ((ArrayNode) parent).set(index, with);
            }
        }
    }

    static List<Variant> of(String valid, long seed) {
        Random random = new Random(seed);
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        List<Variant> variants = new ArrayList<>();
        variants.addAll(Mutations.truncations(bytes, seed, 4));
        variants.addAll(Mutations.encodings(Mutations.withAccents(valid), seed));
        variants.addAll(Mutations.garbage(bytes, seed));
        JsonNode root = read(valid);
        for (String other : List.of("[]", "{}", "null", "42", "\"text\"", "[[]]", "[null, 1, \"a\"]", "{\"a\": {}}")) {
            variants.add(new Variant("the whole document is " + other, seed, other.getBytes(StandardCharsets.UTF_8)));
        }
        variants.add(
                text("the document inside an array", seed, NODES.arrayNode().add(root.deepCopy())));
        variants.add(
                text("the document inside an object", seed, NODES.objectNode().set("data", root.deepCopy())));
        variants.add(changed("an object where an array is", seed, root, random, JsonNode::isArray, node -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < node.size(); i++) {
                object.set(Integer.toString(i), node.get(i));
            }
            return object;
        }));
        variants.add(changed(
                "an array where an object is",
                seed,
                root,
                random,
                JsonNode::isObject,
                node -> NODES.arrayNode().add(node)));
        variants.add(changed(
                "an array where an object is",
                seed + 1,
                root,
                new Random(seed + 1),
                JsonNode::isObject,
                node -> NODES.arrayNode().add(node)));
        variants.add(changed(
                "an object nested one level deeper",
                seed,
                root,
                random,
                JsonNode::isObject,
                node -> NODES.objectNode().set("inner", node)));
        for (int i = 0; i < 3; i++) {
            variants.add(changed(
                    "null for a value", seed + i, root, new Random(seed + i), node -> true, node -> NODES.nullNode()));
        }
        variants.add(changed(
                "a number for a text", seed, root, random, JsonNode::isTextual, node -> NODES.numberNode(12345)));
        variants.add(changed(
                "a text for a number", seed, root, random, JsonNode::isNumber, node -> NODES.textNode("not a number")));
        variants.add(changed(
                "an object for a text",
                seed,
                root,
                random,
                JsonNode::isTextual,
                node -> NODES.objectNode().put("text", node.asText())));
        variants.add(changed(
                "a list for a text",
                seed,
                root,
                random,
                JsonNode::isTextual,
                node -> NODES.arrayNode().add(node.asText()).add(1)));
        variants.add(changed(
                "a boolean for a value", seed, root, random, JsonNode::isValueNode, node -> NODES.booleanNode(true)));
        for (int i = 0; i < 2; i++) {
            variants.add(changed(
                    "a 5 MB text",
                    seed + i,
                    root,
                    new Random(seed + i),
                    JsonNode::isTextual,
                    node -> NODES.textNode("x".repeat(Mutations.HUGE))));
        }
        variants.add(new Variant(
                "a number too large for any type",
                seed,
                valid.replaceFirst(":\\s*(-?\\d+(\\.\\d+)?)", ": 1e99999999").getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant(
                "a 100,000-digit number",
                seed,
                valid.replaceFirst(":\\s*\"[^\"]*\"", ": " + "9".repeat(100_000))
                        .getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant(
                "a duplicated key",
                seed,
                valid.replaceFirst("\\{", "{\"id\": \"duplicate\", \"id\": [], ")
                        .getBytes(StandardCharsets.UTF_8)));
        variants.add(
                new Variant("100,000 nested arrays", seed, "[".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant(
                "100,000 nested objects",
                seed,
                ("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));
        Variant marked = changed(
                "a value nested 5,000 arrays deep",
                seed,
                root,
                random,
                JsonNode::isValueNode,
                node -> NODES.textNode("__DEEP__"));
        variants.add(new Variant(
                marked.name(),
                seed,
                new String(marked.bytes(), StandardCharsets.UTF_8)
                        .replace("\"__DEEP__\"", "[".repeat(5_000) + "1" + "]".repeat(5_000))
                        .getBytes(StandardCharsets.UTF_8)));
        return variants;
    }

    private static Variant changed(
            String name,
            long seed,
            JsonNode root,
            Random random,
            Predicate<JsonNode> which,
            Function<JsonNode, JsonNode> change) {
        JsonNode copy = root.deepCopy();
        List<Place> places = new ArrayList<>();
        collect(copy, places);
        List<Place> candidates =
                places.stream().filter(p -> which.test(p.node())).toList();
        if (candidates.isEmpty()) {
            return text(name + " (no such node: unchanged)", seed, copy);
        }
        Place place = candidates.get(random.nextInt(candidates.size()));
        place.replace(change.apply(place.node()));
        String where = place.key() != null ? place.key() : "[" + place.index() + "]";
        return text(name + " at " + where, seed, copy);
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                places.add(new Place(node, name, -1, node.get(name)));
                collect(node.get(name), places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places.add(new Place(node, null, i, node.get(i)));
                collect(node.get(i), places);
            }
        }
    }

    private static Variant text(String name, long seed, JsonNode tree) {
        try {
            return new Variant(name, seed, JSON.writeValueAsBytes(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the valid sample is not JSON", e);
        }
    }
}
