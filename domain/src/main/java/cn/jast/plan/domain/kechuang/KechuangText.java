package cn.jast.plan.domain.kechuang;

import java.text.Normalizer;

/**
 * How the cross-check compares project titles and society names that two offices typed in two lists.
 *
 * <p>{@link #normalized} is exactly: Unicode NFKC (full-width letters, digits and punctuation become their
 * ordinary forms, {@code ２０２１} → {@code 2021}, {@code ，} stays {@code ，}); then case folding of every code
 * point ({@code toLowerCase(toUpperCase(c))}); then every code point is removed that is white space
 * ({@link Character#isWhitespace} or {@link Character#isSpaceChar}, so also the ideographic space U+3000 and
 * the no-break space), punctuation (the Unicode general categories Pc, Pd, Ps, Pe, Pi, Pf and Po: Chinese
 * 《》“”‘’「」【】（）、，。；：！？…—·, and ASCII {@code .,;:!?'"()[]{}-_/\@#%&*}) or an invisible format
 * character (Cf: zero-width space, byte-order mark). Letters, digits, Hanzi and symbols (Sm, Sc, Sk, So:
 * {@code + < = > | ~ ^ $ ¥ ℃}) are kept, so {@code C++} and {@code C} differ. Nothing else changes: no
 * traditional-to-simplified conversion, no synonym, no fuzzy match.
 */
public final class KechuangText {
    private KechuangText() {
    }

    /** The reduced text, or null for null; an empty result means the text had nothing to compare. */
    public static String normalized(String text) {
        if (text == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .map(cp -> Character.toLowerCase(Character.toUpperCase(cp)))
                .filter(cp -> !removed(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean removed(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.FORMAT -> true;
            default -> false;
        };
    }
}
