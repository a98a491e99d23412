package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.downloads.Table;
import org.provisionlens.dashboards.downloads.Xlsx;

class ServicesDownloadTableTests {

    private static final ServiceRow SALT = new ServiceRow(
            "svc-1",
            "=Speech, language \"SALT\"",
            "Trafford NHS",
            "HEALTH",
            "TARGETED",
            List.of("SLCN", "ASD"),
            4,
            18,
            120,
            "caseload",
            null,
            37,
            null,
            "ICB",
            true,
            LocalDate.of(2024, 5, 1),
            false,
            2,
            List.of("oruk", "gias"));

    @Test
    void theXlsxIsWrittenFromTheTableNumbersAsNumbersUnknownAsBlank() throws IOException {
        Table table = ServicesCsv.table(List.of(SALT));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Xlsx.write(table)))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("svc-1");
            // a text that looks like a formula stays the text, without the CSV's neutralising apostrophe
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=Speech, language \"SALT\"");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("SLCN ASD");
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC); // min_age 4
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(4.0);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(120.0); // capacity
            assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.BLANK); // current use unknown
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(37.0); // waiting list
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("true"); // in area, as the CSV has it
            assertThat(row.getCell(15).getStringCellValue()).isEqualTo("2024-05-01");
            assertThat(row.getCell(17).getNumericCellValue()).isEqualTo(2.0); // merged from
        }
    }

    @Test
    void theCsvIsWrittenFromTheSameTable() {
        String csv = ServicesCsv.table(List.of(SALT)).csv();

        assertThat(csv.lines().toList().get(1))
                .isEqualTo("svc-1,\"'=Speech, language \"\"SALT\"\"\",Trafford NHS,HEALTH,TARGETED,SLCN ASD,4,18,120,"
                        + "caseload,,37,,ICB,true,2024-05-01,false,2,oruk gias");
    }
}
