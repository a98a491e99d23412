package org.provisionlens.dashboards.downloads;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.provisionlens.core.csv.CsvFormats;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** RFC 4180 CSV, with cells that a spreadsheet would run as a formula made inert, and its download as a file. */
public final class Csv {

    private Csv() {}

    /** One record (Apache Commons CSV, RFC 4180, CRLF), each cell made spreadsheet-safe. */
    public static String line(List<?> cells) {
        return CsvFormats.SPREADSHEET.format(
                        cells.stream().map(CsvFormats::spreadsheetSafe).toArray())
                + "\r\n";
    }

    /** {@code provision-lens-e08000009-run-12-services.csv}: the local authority, the run and the table. */
    public static String fileName(String laCode, long runId, String table) {
        return "provision-lens-" + laCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-run-" + runId + "-"
                + table.toLowerCase(Locale.ROOT) + ".csv";
    }

    /** The CSV as an attachment named {@code fileName}, in UTF-8. */
    public static ResponseEntity<String> attachment(String fileName, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(csv);
    }
}
