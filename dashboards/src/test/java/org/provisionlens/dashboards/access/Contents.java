package org.provisionlens.dashboards.access;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The text a response carries, as a reader would see it: a page or CSV as it is, a workbook's cells, a PDF's text. */
final class Contents {

    private Contents() {}

    static String text(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        byte[] body = response.body();
        try {
            if (type.startsWith("application/pdf")) {
                try (PDDocument pdf = Loader.loadPDF(body)) {
                    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                }
            }
            if (type.contains("spreadsheetml")) {
                StringBuilder text = new StringBuilder();
                DataFormatter formatter = new DataFormatter();
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                    for (Sheet sheet : workbook) {
                        text.append(sheet.getSheetName()).append('\n');
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                text.append(formatter.formatCellValue(cell)).append('\t');
                            }
                            text.append('\n');
                        }
                    }
                }
                return text.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
