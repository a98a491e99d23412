package org.provisionlens.core.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's "How well they do" table, read so that a test can hold each printed figure to the measured one: the
 * README and the code cannot drift apart unseen.
 */
public final class ReadmeFigures {

    private static final Path README = Path.of("../README.md");

    private ReadmeFigures() {}

    /** The one line of the README that starts with {@code start}, e.g. {@code "| Themer | held-out third"}. */
    public static String row(String start) {
        try {
            List<String> rows = Files.readAllLines(README, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(start))
                    .toList();
            if (rows.size() != 1) {
                throw new IllegalStateException(
                        "expected one README line starting '" + start + "', found " + rows.size());
            }
            return rows.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
