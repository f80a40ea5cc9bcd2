package cn.jast.plan.domain.kechuang;

import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.support.FieldError;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the 科创江苏 list the office imports: a table whose first row names the columns, then one project a row.
 *
 * <p>CSV is UTF-8 (a byte-order mark is skipped) under RFC 4180: fields separated by commas, records by CRLF,
 * LF or CR; a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}). The rows of
 * an Excel sheet come to {@link #entries} in the same shape (the web module reads the cells).
 *
 * <p>The header names the columns, in Chinese or English, compared after {@link KechuangText#normalized}
 * (so {@code Project Title}, {@code project_title} and {@code 项目名称：} all name the title): the society by
 * name ({@code 学会名称}, {@code 学会}, {@code 申报单位}, {@code 申报学会}, {@code 单位名称}, {@code society},
 * {@code society name}, {@code applicant}) and/or by code ({@code 学会代码}, {@code 学会编号}, {@code society code},
 * {@code code}), and the project title ({@code 项目名称}, {@code 项目}, {@code 项目标题}, {@code title},
 * {@code project title}, {@code project}). Other columns (序号, 备注, …) are ignored. A row with nothing in it
 * is skipped; a row with a project but no title or no society is an error.
 *
 * <p>A bad file is refused whole, never in part: {@link InvalidInputException} names every bad row and column
 * as {@code row 4, column 2 (项目名称)} (rows counted from 1, the header; a quoted field with a line break is
 * still one row).
 */
public final class KechuangListReader {
    /** The most entries one list may hold, far above the 科创江苏 plan's size. */
    public static final int MAX_ENTRIES = 20_000;
    private static final int MAX_ERRORS = 100;

    private KechuangListReader() {
    }

    /** What a column holds. */
    enum Column {
        SOCIETY_NAME("学会名称/申报单位/society"),
        SOCIETY_CODE("学会代码/society code"),
        TITLE("项目名称/title");

        final String names;

        Column(String names) {
            this.names = names;
        }
    }

    private static final Map<String, Column> HEADERS = headers();

    private static Map<String, Column> headers() {
        Map<String, Column> m = new java.util.HashMap<>();
        for (String h : List.of("学会名称", "学会", "申报单位", "申报单位名称", "申报学会", "学会全称", "单位名称",
                "society", "society name", "name of society", "applicant", "applicant name")) {
            m.put(KechuangText.normalized(h), Column.SOCIETY_NAME);
        }
        for (String h : List.of("学会代码", "学会编号", "学会编码", "society code", "code")) {
            m.put(KechuangText.normalized(h), Column.SOCIETY_CODE);
        }
        for (String h : List.of("项目名称", "项目", "项目标题", "项目题目", "title", "project title", "project",
                "project name")) {
            m.put(KechuangText.normalized(h), Column.TITLE);
        }
        return Map.copyOf(m);
    }

    /** A CSV file's entries. */
    public static List<KechuangEntry> readCsv(byte[] file) {
        return entries(csvRows(file));
    }

    /**
     * The rows of a CSV file, each a list of its fields, as RFC 4180 reads them; refused when the bytes are not
     * UTF-8 or a quote is out of place.
     */
    public static List<List<String>> csvRows(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "is not UTF-8 text (save the CSV as \"CSV UTF-8\")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (!fieldStarted && c == '"') {
                // a quoted field: up to the quote that is not doubled
                int r = rows.size() + 1;
                int col = row.size() + 1;
                i++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                if (!closed) {
                    throw new InvalidInputException(at(r, col), "a quoted field is not closed (a \" is missing)");
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new InvalidInputException(at(r, col),
                            "text after the closing quote (RFC 4180: a quote inside a field is doubled, \"\")");
                }
                fieldStarted = true;
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                rows.add(row);
                row = new ArrayList<>();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '"') {
                throw new InvalidInputException(at(rows.size() + 1, row.size() + 1),
                        "a quote inside an unquoted field (RFC 4180: quote the whole field and double the quote)");
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /**
     * The entries of a table whose first row is the header; every bad row and column is named, and a table
     * with any is refused whole.
     */
    public static List<KechuangEntry> entries(List<List<String>> rows) {
        if (rows.isEmpty() || rows.get(0).stream().allMatch(KechuangListReader::blank)) {
            throw new InvalidInputException("row 1", "no header row: the first row names the columns ("
                    + Column.SOCIETY_NAME.names + ", " + Column.TITLE.names + ")");
        }
        List<String> header = rows.get(0);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<FieldError> errors = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            Column kind = HEADERS.get(KechuangText.normalized(header.get(c)));
            if (kind == null) {
                continue;
            }
            Integer first = columns.putIfAbsent(kind, c);
            if (first != null) {
                errors.add(new FieldError(at(1, c + 1, header.get(c)), "a second column for " + kind.names
                        + " (the first is column " + (first + 1) + ", " + header.get(first).strip() + ")"));
            }
        }
        if (!columns.containsKey(Column.TITLE)) {
            errors.add(new FieldError("row 1", "no column for the project title (" + Column.TITLE.names + ")"));
        }
        if (!columns.containsKey(Column.SOCIETY_NAME) && !columns.containsKey(Column.SOCIETY_CODE)) {
            errors.add(new FieldError("row 1", "no column for the society (" + Column.SOCIETY_NAME.names + ", or "
                    + Column.SOCIETY_CODE.names + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (rows.size() - 1 > MAX_ENTRIES) {
            throw new InvalidInputException("row " + (MAX_ENTRIES + 2), "the list holds more than " + MAX_ENTRIES
                    + " rows");
        }
        List<KechuangEntry> entries = new ArrayList<>();
        for (int r = 1; r < rows.size() && errors.size() < MAX_ERRORS; r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(KechuangListReader::blank)) {
                continue;
            }
            int rowNumber = r + 1;
            String title = cell(row, columns.get(Column.TITLE));
            String name = cell(row, columns.get(Column.SOCIETY_NAME));
            String code = cell(row, columns.get(Column.SOCIETY_CODE));
            boolean ok = true;
            if (KechuangText.normalized(title).isEmpty()) {
                int c = columns.get(Column.TITLE);
                errors.add(new FieldError(at(rowNumber, c + 1, header.get(c)), "the project title is empty"));
                ok = false;
            }
            if (blank(code) && KechuangText.normalized(name).isEmpty()) {
                int c = columns.containsKey(Column.SOCIETY_NAME) ? columns.get(Column.SOCIETY_NAME)
                        : columns.get(Column.SOCIETY_CODE);
                errors.add(new FieldError(at(rowNumber, c + 1, header.get(c)), "the society is not named"));
                ok = false;
            }
            if (ok) {
                entries.add(new KechuangEntry(rowNumber, code, name, title.strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(entries);
    }

    private static String cell(List<String> row, Integer column) {
        return column == null || column >= row.size() || row.get(column) == null ? "" : row.get(column);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String at(int row, int column) {
        return "row " + row + ", column " + column;
    }

    private static String at(int row, int column, String header) {
        return at(row, column) + " (" + header.strip() + ")";
    }
}
