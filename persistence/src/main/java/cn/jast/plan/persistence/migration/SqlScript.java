package cn.jast.plan.persistence.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at semicolons that are not inside a quoted string, a
 * quoted identifier, a comment or a PostgreSQL dollar-quoted body ({@code $$ ... $$}); comments
 * are dropped, the terminating semicolon too (Derby refuses it over JDBC).
 */
public final class SqlScript {
    private SqlScript() {
    }

    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new MigrationException("unterminated /* comment in migration script");
                }
                i = end + 2;
                current.append(' ');
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (true) {
                    if (end >= n) {
                        throw new MigrationException("unterminated " + c + " quote in migration script");
                    }
                    if (script.charAt(end) == c) {
                        if (end + 1 < n && script.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                current.append(script, i, end + 1);
                i = end + 1;
                continue;
            }
            if (c == '$') {
                int tagEnd = script.indexOf('$', i + 1);
                if (tagEnd > 0 && script.substring(i + 1, tagEnd).matches("[A-Za-z_]*")) {
                    String tag = script.substring(i, tagEnd + 1);
                    int end = script.indexOf(tag, tagEnd + 1);
                    if (end < 0) {
                        throw new MigrationException("unterminated " + tag + " body in migration script");
                    }
                    current.append(script, i, end + tag.length());
                    i = end + tag.length();
                    continue;
                }
            }
            if (c == ';') {
                add(out, current);
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }
}
