package cn.jast.plan.web.kechuang;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.jast.plan.web.refusal.Failures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of the first sheet of an Excel workbook (XLSX), each cell as the text Excel shows (a number as
 * formatted, a formula by its cached value), in the shape {@code KechuangListReader.entries} reads from CSV:
 * row 1 of the sheet is the first row, and an empty row or cell stays in its place, so that an error names the
 * row and column the office sees in Excel. Apache POI reads the file; its limits on compressed sizes and
 * ratios guard against a zip bomb.
 */
final class XlsxRows {
    private XlsxRows() {
    }

    static List<List<String>> of(byte[] file) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw Failures.invalid("file", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > cn.jast.plan.domain.kechuang.KechuangListReader.MAX_ENTRIES + 1) {
                throw Failures.invalid("row " + (sheet.getLastRowNum() + 1), "the list holds more than "
                        + cn.jast.plan.domain.kechuang.KechuangListReader.MAX_ENTRIES + " rows");
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.jast.plan.web.refusal.Refusal refusal) {
                throw refusal;
            }
            throw Failures.invalid("file", "is not an Excel workbook (.xlsx) that can be read");
        }
    }
}
