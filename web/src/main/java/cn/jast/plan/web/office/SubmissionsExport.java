package cn.jast.plan.web.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.support.LocalizedText;
import cn.jast.plan.web.refusal.Failures;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The submissions table written as a file: the columns the office chose, in the table's order, with
 * the table's headings and cell texts in the page's language (the same bundle as the pages), for every
 * row of the filtered and sorted result. XLSX through Apache POI's streaming workbook (every cell a
 * string, so nothing a society typed becomes a formula); CSV as RFC 4180 in UTF-8 with a byte-order
 * mark so that Excel reads Chinese, a cell that begins like a formula (= + - @) preceded by an
 * apostrophe. No Faces here: the REST API can offer the same export.
 */
public final class SubmissionsExport {

    /** The columns of the table, in its order. */
    public static final List<String> COLUMNS = List.of("id", "title", "society", "category", "state", "submittedAt",
            "paperCopyReceivedAt", "fingerprint");

    static final String BUNDLE = "cn.jast.plan.web.faces.messages";

    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("text/csv; charset=UTF-8", "csv");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        /** The format by its name as sent; refused naming {@code format}. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return f;
                }
            }
            throw Failures.invalid("format", "must be xlsx or csv");
        }
    }

    /** A written export. */
    public record File(String fileName, String contentType, byte[] bytes, int rows) {
    }

    private final PlanYear plan;
    private final List<String> columns;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter time;

    private SubmissionsExport(PlanYear plan, List<String> columns, Locale locale) {
        this.plan = plan;
        this.columns = columns;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, SubmissionsExport.class.getClassLoader());
        this.time = DateTimeFormatter.ofPattern(bundle.getString("format.dateTime"), locale);
    }

    /** An export of these columns (known ones, at least one, each once), in this language. */
    public static SubmissionsExport of(PlanYear plan, List<String> columns, Locale locale) {
        if (columns == null || columns.isEmpty()) {
            throw Failures.invalid("columns", "name at least one of " + COLUMNS);
        }
        for (String c : columns) {
            if (!COLUMNS.contains(c)) {
                throw Failures.invalid("columns", "unknown column " + c + "; the columns are " + COLUMNS);
            }
        }
        return new SubmissionsExport(plan, List.copyOf(new LinkedHashSet<>(columns)), locale);
    }

    public List<String> columns() {
        return columns;
    }

    /** A column's heading as the table shows it. */
    public String heading(String column) {
        return bundle.getString("office.col." + column);
    }

    /** A row's cell of a column as the table shows it (empty when there is nothing). */
    public String cell(SubmissionRow row, String column) {
        String v = switch (column) {
            case "id" -> row.id();
            case "title" -> row.title();
            case "society" -> row.societyName() + " (" + row.societyCode() + ")";
            case "category" -> category(plan, row.category(), row.subProject(), locale);
            case "state" -> bundle.getString("state." + row.state().name());
            case "submittedAt" -> at(row.submittedAt());
            case "paperCopyReceivedAt" -> at(row.paperCopyReceivedAt());
            case "fingerprint" -> row.fingerprint();
            default -> throw new IllegalArgumentException(column);
        };
        return v == null ? "" : v;
    }

    /** The category and sub-project by their names in the plan year, in the language. */
    public static String category(PlanYear plan, String category, String subProject, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Category c = plan.category(category).orElse(null);
        if (c == null) {
            return category;
        }
        String name = text(c.name(), en);
        if (subProject == null) {
            return name;
        }
        return name + " · " + c.subProject(subProject).map(s -> text(s.name(), en)).orElse(subProject);
    }

    private static String text(LocalizedText t, boolean en) {
        return en ? t.en() : t.zh();
    }

    private String at(Instant instant) {
        return instant == null ? null : time.format(instant.atZone(plan.zone()));
    }

    /** Writes the rows. */
    public File write(List<SubmissionRow> rows, Format format) {
        byte[] bytes = format == Format.XLSX ? xlsx(rows) : csv(rows);
        String name = bundle.getString("office.export.fileName") + "-" + plan.year() + "." + format.extension();
        return new File(name, format.contentType(), bytes, rows.size());
    }

    private byte[] xlsx(List<SubmissionRow> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet(bundle.getString("office.export.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(heading(columns.get(i)));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (SubmissionRow row : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    line.createCell(i).setCellValue(cell(row, columns.get(i)));
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] csv(List<SubmissionRow> rows) {
        StringBuilder s = new StringBuilder("\uFEFF");
        List<String> head = new ArrayList<>();
        columns.forEach(c -> head.add(heading(c)));
        line(s, head);
        for (SubmissionRow row : rows) {
            List<String> cells = new ArrayList<>();
            columns.forEach(c -> cells.add(cell(row, c)));
            line(s, cells);
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quoted(cells.get(i)));
        }
        s.append("\r\n");
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would read as a formula is kept as text. */
    static String quoted(String cell) {
        String c = cell;
        if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
            c = "'" + c;
        }
        if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
            return "\"" + c.replace("\"", "\"\"") + "\"";
        }
        return c;
    }
}
