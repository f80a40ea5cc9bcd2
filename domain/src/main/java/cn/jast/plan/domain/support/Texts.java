package cn.jast.plan.domain.support;

import java.text.Normalizer;

/** Comparisons of names that people type in different ways. */
public final class Texts {
    private Texts() {
    }

    /**
     * A name reduced to what identifies it: Unicode NFKC (full-width digits and letters become
     * ASCII), case folded, and every white space removed, so that {@code 2021 江苏 年会} and
     * {@code ２０２１江苏年会} compare equal. Null stays null.
     */
    public static String normalizedName(String name) {
        if (name == null) {
            return null;
        }
        String ascii = asciiFolded(name);
        if (ascii != null) {
            return ascii;
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .map(cp -> Character.toLowerCase(Character.toUpperCase(cp)))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The same reduction for pure ASCII text, where NFKC changes nothing; null when the text is not ASCII. */
    private static String asciiFolded(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean space = c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
            boolean upper = c >= 'A' && c <= 'Z';
            if ((space || upper) && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && !space) {
                out.append(upper ? (char) (c + 32) : c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** True when the text is null or has nothing but white space. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
