package org.provisionlens.dashboards.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTests {

    static final Table TABLE = Table.named("cells", "area", "demand", "capacity", "note")
            .row("Trafford", 12, new BigDecimal("10.50"), "=SUM(A1)")
            .row("Sale", 3, null, null)
            .build();

    @Test
    void writesABoldHeaderNumbersAsNumbersAndUnknownAsEmptyCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Xlsx.write(TABLE)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("cells");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("area");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("note");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();

            Row trafford = sheet.getRow(1);
            assertThat(trafford.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(trafford.getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(trafford.getCell(2).getNumericCellValue()).isEqualTo(10.5);
            assertThat(trafford.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(trafford.getCell(3).getStringCellValue()).isEqualTo("=SUM(A1)");

            Cell unknown = sheet.getRow(2).getCell(2);
            assertThat(unknown.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void theSameTableAsCsv() {
        assertThat(TABLE.csv()).isEqualTo("area,demand,capacity,note\r\nTrafford,12,10.50,'=SUM(A1)\r\nSale,3,,\r\n");
    }

    @Test
    void fileNamesEndInXlsx() {
        assertThat(Xlsx.fileName("E08000009", 12, "cells")).isEqualTo("provision-lens-e08000009-run-12-cells.xlsx");
    }

    @Test
    void refusesARowThatDoesNotFitTheHeaders() {
        assertThatThrownBy(() -> Table.named("t", "a", "b").row(1).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
