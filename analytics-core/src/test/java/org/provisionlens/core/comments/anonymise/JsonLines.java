package org.provisionlens.core.comments.anonymise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation set as JSON Lines: {@code {"id":..,"text":..,"entities":[{"type":..,"start":..,"end":..}]}}. A small
 * reader and writer for that shape, so the tests need no JSON library.
 */
final class JsonLines {

    private final String json;
    private int at;

    private JsonLines(String json) {
        this.json = json;
    }

    static List<LabelledComment> read(Path file) {
        try {
            List<LabelledComment> comments = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    comments.add(parse(line));
                }
            }
            return comments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static LabelledComment parse(String line) {
        Map<String, Object> object = (Map<String, Object>) new JsonLines(line).value();
        List<LabelledComment.Entity> entities = new ArrayList<>();
        for (Object e : (List<Object>) object.get("entities")) {
            Map<String, Object> entity = (Map<String, Object>) e;
            entities.add(new LabelledComment.Entity(
                    EntityType.valueOf((String) entity.get("type")),
                    ((Number) entity.get("start")).intValue(),
                    ((Number) entity.get("end")).intValue()));
        }
        return new LabelledComment((String) object.get("id"), (String) object.get("text"), entities);
    }

    static String write(LabelledComment comment) {
        StringBuilder out = new StringBuilder();
        out.append("{\"id\":").append(quote(comment.id())).append(",\"text\":").append(quote(comment.text()));
        out.append(",\"entities\":[");
        for (int i = 0; i < comment.entities().size(); i++) {
            LabelledComment.Entity e = comment.entities().get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"")
                    .append(e.type().name())
                    .append("\",\"start\":")
                    .append(e.start())
                    .append(",\"end\":")
                    .append(e.end())
                    .append('}');
        }
        return out.append("]}").toString();
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private Object value() {
        skipSpace();
        char c = json.charAt(at);
        if (c == '{') {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            while (next() != '}') {
                String key = string();
                expect(':');
                map.put(key, value());
                if (next() == ',') {
                    at++;
                }
            }
            at++;
            return map;
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            at++;
            while (next() != ']') {
                list.add(value());
                if (next() == ',') {
                    at++;
                }
            }
            at++;
            return list;
        }
        if (c == '"') {
            return string();
        }
        int start = at;
        while (at < json.length() && "-0123456789".indexOf(json.charAt(at)) >= 0) {
            at++;
        }
        return Long.parseLong(json.substring(start, at));
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (json.charAt(at) != '"') {
            char c = json.charAt(at++);
            if (c == '\\') {
                char escaped = json.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
        at++;
        return out.toString();
    }

    private char next() {
        skipSpace();
        return json.charAt(at);
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at);
        }
        at++;
    }

    private void skipSpace() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
    }
}
