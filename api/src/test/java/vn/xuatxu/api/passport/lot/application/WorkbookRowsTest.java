package vn.xuatxu.api.passport.lot.application;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.problem.ProblemException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookRowsTest {

    @Test
    void cellsBecomeTheTextACsvFileWouldHold() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Lô hàng");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] columns = {"gtin", "lotNumber", "productionDate", "bestBeforeDate", "quantity", "unit"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(8938600001016d);            // typed as a number: the leading zero is gone
            row.createCell(1).setCellValue("CF-2611-01");
            row.createCell(2).setCellValue(LocalDate.of(2026, 11, 20));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue("20/11/2027");               // typed as text
            row.createCell(4).setCellFormula("100+250.5");
            row.createCell(5).setCellValue("kg");
            sheet.createRow(3).createCell(1).setCellValue("MA-9");      // row 3 left out entirely
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        List<List<String>> rows = WorkbookRows.of(file, 100);
        assertEquals(4, rows.size());
        assertEquals(List.of("gtin", "lotNumber", "productionDate", "bestBeforeDate", "quantity", "unit"), rows.get(0));
        assertEquals(List.of("8938600001016", "CF-2611-01", "2026-11-20", "20/11/2027", "350.5", "kg"), rows.get(1));
        assertEquals(List.of("", "", "", "", "", ""), rows.get(2), "a missing row is blank, so row numbers stay Excel's");
        assertEquals("MA-9", rows.get(3).get(1));
    }

    @Test
    void somethingElseIsRefusedInVietnamese() {
        ProblemException.InvalidInput csv = assertThrows(ProblemException.InvalidInput.class,
                () -> WorkbookRows.of("gtin,lotNumber\n".getBytes(StandardCharsets.UTF_8), 100));
        assertTrue(csv.getMessage().contains("không phải bảng tính Excel"), csv.getMessage());
        ProblemException.InvalidInput broken = assertThrows(ProblemException.InvalidInput.class,
                () -> WorkbookRows.of(new byte[] {'P', 'K', 3, 4, 0, 0, 0}, 100));
        assertEquals("file", broken.field());
        assertTrue(broken.getMessage().contains("Không đọc được bảng tính"), broken.getMessage());
    }
}
