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
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .map(cp -> Character.toLowerCase(Character.toUpperCase(cp)))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** True when the text is null or has nothing but white space. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
