package org.provisionlens.dashboards.downloads;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** RFC 4180 CSV, with cells that a spreadsheet would run as a formula made inert, and its download as a file. */
public final class Csv {

    private Csv() {}

    public static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
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
