package org.provisionlens.jobs.generate;

import java.nio.file.Path;
import org.provisionlens.core.csv.CsvFormats;

/** {@code broken_rows.csv}: the file, line and kind of every row replaced by a defect. */
final class BrokenKey implements AutoCloseable {

    static final String FILE = "broken_rows.csv";

    private final OutputFile key;

    BrokenKey(Path folder) {
        this.key = new OutputFile(folder, FILE, "file,line,kind");
    }

    void add(String file, long line, String kind) {
        key.write(CsvFormats.FILE.format(file, line, kind), false);
    }

    @Override
    public void close() {
        key.close();
    }
}
