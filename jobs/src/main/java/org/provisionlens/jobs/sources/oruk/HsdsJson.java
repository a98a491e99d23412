package org.provisionlens.jobs.sources.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Reading HSDS JSON values: trimmed text with HTML entities decoded, numbers given as numbers or text. */
final class HsdsJson {

    private HsdsJson() {}

    /** The field's text, trimmed; {@code null} when it is missing, null, blank, an object or an array. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /** The field as given, for quarantine: {@code null} when missing, JSON text for objects and arrays. */
    static String raw(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : abbreviate(value.toString());
    }

    static boolean isBlank(JsonNode node, String field) {
        String given = raw(node, field);
        return given == null || given.isBlank();
    }

    /** A JSON number, or text that is one; {@code null} when missing, blank or not a number. */
    static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText().trim();
        if (text.isEmpty() || !text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        return new BigDecimal(text);
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
