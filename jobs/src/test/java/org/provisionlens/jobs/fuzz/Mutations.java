package org.provisionlens.jobs.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Broken variants any file can have, whatever its format: truncation, other encodings, garbage, emptiness. */
final class Mutations {

    /** The size of a "huge" field: 5 MB, as in the 5 MB service name. */
    static final int HUGE = 5 * 1024 * 1024;

    private Mutations() {}

    /**
     * {@code count} truncations at random byte offsets, plus one inside a multi-byte UTF-8 sequence and one just after
     * an opening double quote when the file has them.
     */
    static List<Variant> truncations(byte[] valid, long seed, int count) {
        List<Variant> variants = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            int at = 1 + random.nextInt(Math.max(1, valid.length - 1));
            variants.add(new Variant("truncated at byte " + at, seed, cut(valid, at)));
        }
        for (int i = 0; i < valid.length; i++) {
            if ((valid[i] & 0xC0) == 0x80 && i > 3) {
                variants.add(new Variant("truncated at byte " + i + " (mid UTF-8 sequence)", seed, cut(valid, i)));
                break;
            }
        }
        for (int i = valid.length / 2; i < valid.length; i++) {
            if (valid[i] == '"') {
                variants.add(
                        new Variant("truncated at byte " + (i + 2) + " (mid quoted value)", seed, cut(valid, i + 2)));
                break;
            }
        }
        return variants;
    }

    /** The text re-encoded: UTF-16 with and without a byte-order mark, Windows-1252, Latin-1, UTF-8 with a BOM. */
    static List<Variant> encodings(String text, long seed) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("UTF-16LE with BOM", seed, bytes("\uFEFF" + text, StandardCharsets.UTF_16LE)));
        variants.add(new Variant("UTF-16BE without BOM", seed, bytes(text, StandardCharsets.UTF_16BE)));
        variants.add(new Variant("Windows-1252", seed, bytes(text, Charset.forName("windows-1252"))));
        variants.add(new Variant("Latin-1", seed, bytes(text, StandardCharsets.ISO_8859_1)));
        variants.add(new Variant("UTF-8 with BOM", seed, bytes("\uFEFF" + text, StandardCharsets.UTF_8)));
        variants.add(new Variant(
                "Windows-1252 with a UTF-8 BOM",
                seed,
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        bytes(text, Charset.forName("windows-1252")))));
        return variants;
    }

    /** No bytes; only white space; random bytes; NUL bytes; one enormous line with no line break. */
    static List<Variant> garbage(byte[] valid, long seed) {
        Random random = new Random(seed);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("empty file", seed, new byte[0]));
        variants.add(new Variant("white space only", seed, " \r\n\n\t\n".getBytes(StandardCharsets.UTF_8)));
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        variants.add(new Variant("binary garbage", seed, noise));
        variants.add(new Variant("NUL bytes", seed, new byte[2048]));
        byte[] start = cut(valid, Math.min(valid.length, 200));
        variants.add(new Variant("valid start then binary garbage", seed, concat(start, noise)));
        variants.add(new Variant(
                "one 5 MB line without a line break", seed, "x".repeat(HUGE).getBytes(StandardCharsets.UTF_8)));
        return variants;
    }

    /** A text with non-ASCII letters in it, so that a re-encoding changes its bytes. */
    static String withAccents(String text) {
        return text.replaceFirst("a", "á").replaceFirst("e", "é").replaceFirst("o", "ö");
    }

    static byte[] cut(byte[] bytes, int length) {
        byte[] cut = new byte[Math.min(length, bytes.length)];
        System.arraycopy(bytes, 0, cut, 0, cut.length);
        return cut;
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
