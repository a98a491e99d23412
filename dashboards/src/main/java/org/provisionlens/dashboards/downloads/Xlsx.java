package org.provisionlens.dashboards.downloads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A {@link Table} as an Excel workbook of one sheet, written from the table's typed cells: the header row in bold,
 * numbers as numeric cells, unknown ({@code null}) as an empty cell (never 0), anything else as text (never a
 * formula).
 */
public final class Xlsx {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Xlsx() {}

    public static byte[] write(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                org.apache.poi.ss.usermodel.Cell cell = head.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<Object> cells : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    set(row.createCell(c), cells.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(org.apache.poi.ss.usermodel.Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            // a yes/no is the text the CSV has (true, false), so both downloads show the same cells
            cell.setCellValue(value.toString());
        }
    }

    /** {@code provision-lens-e08000009-run-12-cells.xlsx}: the local authority, the run and the table. */
    public static String fileName(String laCode, long runId, String table) {
        String csv = Csv.fileName(laCode, runId, table);
        return csv.substring(0, csv.length() - ".csv".length()) + ".xlsx";
    }

    public static ResponseEntity<byte[]> attachment(String fileName, Table table) {
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(write(table));
    }
}
