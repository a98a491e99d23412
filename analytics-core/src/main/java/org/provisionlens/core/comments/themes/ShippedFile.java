package org.provisionlens.core.comments.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads one of the text files the themer ships with (the taxonomy, the stance words, the model). */
final class ShippedFile {

    /** What reads the file. */
    @FunctionalInterface
    interface Loader<T> {
        T load(Reader reader) throws IOException;
    }

    private ShippedFile() {}

    /** {@code loader} on the UTF-8 classpath resource {@code /comments/<name>}. */
    static <T> T read(String name, Loader<T> loader) {
        InputStream in = ShippedFile.class.getResourceAsStream("/comments/" + name);
        if (in == null) {
            throw new IllegalStateException("comments/" + name + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return loader.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
