package org.provisionlens.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * One pass over an input file's bytes before Spark reads it: its SHA-256 (recorded with the run), a strict check that
 * it is text in the expected encoding (a wrong encoding stops the run, naming the line), and, for encodings other
 * than UTF-8 (GIAS extracts are Windows-1252), a UTF-8 copy for Spark to read.
 *
 * <p>A file over {@link FileLimits#STREAMED_PROPERTY} is refused before it is read; readers that hold a whole file in
 * memory check {@link FileLimits#IN_MEMORY_PROPERTY} first.
 *
 * @param readablePath the file Spark reads: the input itself when it is UTF-8, else its UTF-8 copy
 */
public record InputFile(InputSpec spec, String sha256, Path readablePath) {

    private static final int BUFFER = 1 << 16;

    public static InputFile prepare(InputSpec spec, Charset charset, Path workFolder) {
        FileLimits.check(spec.describe(), spec.path(), FileLimits.STREAMED_PROPERTY, FileLimits.STREAMED_DEFAULT_BYTES);
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        try {
            Path copy = null;
            if (!utf8) {
                Files.createDirectories(workFolder);
                copy = Files.createTempFile(workFolder, spec.name() + "-", ".utf8.csv");
                copy.toFile().deleteOnExit();
            }
            String sha256;
            try (InputStream in = Files.newInputStream(spec.path());
                    Writer out = copy == null
                            ? Writer.nullWriter()
                            : Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
                sha256 = readChecked(spec, charset, in, out);
            }
            return new InputFile(spec, sha256, utf8 ? spec.path() : copy);
        } catch (IOException e) {
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #prepare}, for a reader that holds the whole file in memory (a JSON tree, every comment): refused first
     * when it is over {@link FileLimits#IN_MEMORY_PROPERTY}.
     */
    public static InputFile prepareInMemory(InputSpec spec, Charset charset, Path workFolder) {
        FileLimits.check(
                spec.describe(), spec.path(), FileLimits.IN_MEMORY_PROPERTY, FileLimits.IN_MEMORY_DEFAULT_BYTES);
        return prepare(spec, charset, workFolder);
    }

    private static String readChecked(InputSpec spec, Charset charset, InputStream in, Writer out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long line = 1;
        byte[] chunk = new byte[BUFFER];
        int read;
        boolean done = false;
        while (!done) {
            read = in.read(chunk, 0, bytes.remaining());
            if (read < 0) {
                done = true;
            } else {
                digest.update(chunk, 0, read);
                bytes.put(chunk, 0, read);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, done);
            if (result.isError()) {
                throw wrongEncoding(spec, charset, line + countLines(chars));
            }
            line += drain(chars, out);
            bytes.compact();
        }
        CoderResult end = decoder.flush(chars);
        if (end.isError()) {
            throw wrongEncoding(spec, charset, line);
        }
        drain(chars, out);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long drain(CharBuffer chars, Writer out) throws IOException {
        chars.flip();
        long lines = 0;
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                lines++;
            }
        }
        out.append(chars);
        chars.clear();
        return lines;
    }

    private static long countLines(CharBuffer chars) {
        long lines = 0;
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static InputException wrongEncoding(InputSpec spec, Charset charset, long line) {
        return new InputException(
                spec.describe() + " is not valid " + charset.displayName() + " text (first bad byte"
                        + " on line " + line + "); save it as " + charset.displayName() + " or name its encoding in the"
                        + " manifest (\"encoding\": \"windows-1252\" for GIAS downloads)",
                new CharacterCodingException());
    }
}
