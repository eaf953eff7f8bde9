package vn.xuatxu.api.passport.lot.application;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an Excel workbook as rows of text, the way the CSV reader gives them, so both go through the
 * same checks. Row {@code i} of the list is the sheet's row {@code i + 1} as Excel numbers it. Date cells become
 * {@code yyyy-MM-dd}; numbers are written out in full, so a GTIN typed as a number keeps its digits (a lost
 * leading zero makes it a valid GTIN-13); formulas give their last computed value.
 */
final class WorkbookRows {

    private WorkbookRows() {
    }

    static List<List<String>> of(byte[] content, int maxRows) {
        if (content == null || content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3
                || content[3] != 4) {
            throw new ProblemException.InvalidInput("file", PageText.of("importing.error.notXlsx"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            int last = sheet.getLastRowNum();
            if (last > maxRows) {
                throw new ProblemException.InvalidInput("file", PageText.of("importing.error.tooManyRows", last, maxRows));
            }
            List<List<String>> rows = new ArrayList<>();
            Row header = sheet.getRow(0);
            int width = header == null ? 0 : Math.max(0, header.getLastCellNum());
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(row == null ? "" : text(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (ProblemException problem) {
            throw problem;
        } catch (Exception e) {
            throw new ProblemException.InvalidInput("file", PageText.of("lot.error.workbookUnreadable"));
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
