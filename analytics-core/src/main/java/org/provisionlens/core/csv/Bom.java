package org.provisionlens.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The byte-order mark some tools (Excel's "CSV UTF-8") put at the start of a file: the one place it is removed, for
 * text read whole and for readers.
 */
public final class Bom {

    /** U+FEFF as it reads at the start of decoded text. */
    public static final char MARK = '\uFEFF';

    private Bom() {}

    /** The text without a leading byte-order mark. */
    public static String strip(String text) {
        return !text.isEmpty() && text.charAt(0) == MARK ? text.substring(1) : text;
    }

    /** The reader, past a leading byte-order mark if there is one. */
    public static Reader skip(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first >= 0 && first != MARK) {
            in.unread(first);
        }
        return in;
    }

    /**
     * The file as text in {@code charset}, past a leading byte-order mark; malformed input fails with a
     * {@link java.nio.charset.MalformedInputException} when read, as {@link Files#newBufferedReader} does.
     */
    public static BufferedReader reader(Path file, Charset charset) throws IOException {
        return new BufferedReader(skip(Files.newBufferedReader(file, charset)));
    }
}
