package cn.jast.plan.domain.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) so that the domain jar needs no library to read its
 * plan-year files. Every value remembers the line and column where it starts, so that a plan
 * file that is wrong can be reported at the place where it is wrong.
 */
public final class Json {

    private Json() {
    }

    /** A parsed JSON value with its position in the source text. */
    public sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        int column();

        /** The JSON kind, for messages: "object", "array", "string", "number", "boolean", "null". */
        String kind();
    }

    public record Obj(Map<String, Value> members, int line, int column) implements Value {
        public Obj {
            members = Collections.unmodifiableMap(members);
        }

        public String kind() {
            return "object";
        }
    }

    public record Arr(List<Value> items, int line, int column) implements Value {
        public Arr {
            items = List.copyOf(items);
        }

        public String kind() {
            return "array";
        }
    }

    public record Str(String value, int line, int column) implements Value {
        public String kind() {
            return "string";
        }
    }

    /** A number kept as its source text, so that no precision is lost before the reader decides. */
    public record Num(String text, int line, int column) implements Value {
        public String kind() {
            return "number";
        }
    }

    public record Bool(boolean value, int line, int column) implements Value {
        public String kind() {
            return "boolean";
        }
    }

    public record Null(int line, int column) implements Value {
        public String kind() {
            return "null";
        }
    }

    /** Thrown for text that is not JSON; says where. */
    public static final class SyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        SyntaxException(String message, int line, int column) {
            super("line " + line + ", column " + column + ": " + message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Parses one JSON document; anything after it but white space is an error. */
    public static Value parse(String text) {
        Parser parser = new Parser(text);
        parser.skipWhitespace();
        Value value = parser.value(0);
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw parser.error("unexpected text after the JSON document");
        }
        return value;
    }

    private static final class Parser {
        private static final int MAX_DEPTH = 64;
        private final String s;
        private int pos;
        private int line = 1;
        private int lineStart;

        Parser(String s) {
            this.s = s;
            if (s.startsWith("\uFEFF")) {
                pos = 1;
                lineStart = 1;
            }
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        int column() {
            return pos - lineStart + 1;
        }

        SyntaxException error(String message) {
            return new SyntaxException(message, line, column());
        }

        void skipWhitespace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\n') {
                    pos++;
                    line++;
                    lineStart = pos;
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else {
                    return;
                }
            }
        }

        Value value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nesting deeper than " + MAX_DEPTH);
            }
            if (atEnd()) {
                throw error("unexpected end of text, a value was expected");
            }
            char c = s.charAt(pos);
            int l = line;
            int col = column();
            switch (c) {
                case '{':
                    return object(depth, l, col);
                case '[':
                    return array(depth, l, col);
                case '"':
                    return new Str(string(), l, col);
                case 't':
                    literal("true");
                    return new Bool(true, l, col);
                case 'f':
                    literal("false");
                    return new Bool(false, l, col);
                case 'n':
                    literal("null");
                    return new Null(l, col);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return new Num(number(), l, col);
                    }
                    throw error("unexpected character '" + c + "'");
            }
        }

        private void literal(String word) {
            if (!s.startsWith(word, pos)) {
                throw error("unexpected text, expected " + word);
            }
            pos += word.length();
        }

        private Obj object(int depth, int l, int col) {
            pos++;
            Map<String, Value> members = new LinkedHashMap<>();
            skipWhitespace();
            if (!atEnd() && s.charAt(pos) == '}') {
                pos++;
                return new Obj(members, l, col);
            }
            while (true) {
                skipWhitespace();
                if (atEnd() || s.charAt(pos) != '"') {
                    throw error("a member name in double quotes was expected");
                }
                String name = string();
                if (members.containsKey(name)) {
                    throw error("member \"" + name + "\" is given twice");
                }
                skipWhitespace();
                expect(':');
                skipWhitespace();
                members.put(name, value(depth + 1));
                skipWhitespace();
                if (atEnd()) {
                    throw error("unexpected end of text inside an object");
                }
                char c = s.charAt(pos++);
                if (c == '}') {
                    return new Obj(members, l, col);
                }
                if (c != ',') {
                    pos--;
                    throw error("',' or '}' was expected");
                }
            }
        }

        private Arr array(int depth, int l, int col) {
            pos++;
            List<Value> items = new ArrayList<>();
            skipWhitespace();
            if (!atEnd() && s.charAt(pos) == ']') {
                pos++;
                return new Arr(items, l, col);
            }
            while (true) {
                skipWhitespace();
                items.add(value(depth + 1));
                skipWhitespace();
                if (atEnd()) {
                    throw error("unexpected end of text inside an array");
                }
                char c = s.charAt(pos++);
                if (c == ']') {
                    return new Arr(items, l, col);
                }
                if (c != ',') {
                    pos--;
                    throw error("',' or ']' was expected");
                }
            }
        }

        private void expect(char c) {
            if (atEnd() || s.charAt(pos) != c) {
                throw error("'" + c + "' was expected");
            }
            pos++;
        }

        private String string() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw error("control character in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (atEnd()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("incomplete \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> {
                        pos--;
                        throw error("unknown escape \\" + e);
                    }
                }
            }
        }

        private String number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            if (atEnd()) {
                throw error("incomplete number");
            }
            if (s.charAt(pos) == '0') {
                pos++;
            } else if (Character.isDigit(s.charAt(pos))) {
                digits();
            } else {
                throw error("digit expected");
            }
            if (!atEnd() && s.charAt(pos) == '.') {
                pos++;
                if (atEnd() || !isAsciiDigit(s.charAt(pos))) {
                    throw error("digit expected after '.'");
                }
                digits();
            }
            if (!atEnd() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (!atEnd() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (atEnd() || !isAsciiDigit(s.charAt(pos))) {
                    throw error("digit expected in exponent");
                }
                digits();
            }
            return s.substring(start, pos);
        }

        private void digits() {
            while (!atEnd() && isAsciiDigit(s.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
