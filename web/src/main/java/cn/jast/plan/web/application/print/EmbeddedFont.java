package cn.jast.plan.web.application.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.lowagie.text.pdf.BaseFont;

/**
 * The one font of the printed 申报书: WenQuanYi Micro Hei cut down to the GBK character set
 * ({@code /fonts/wqy-microhei/}, Apache-2.0, see its README), TrueType outlines, embedded in every PDF as
 * a subset of the glyphs that PDF uses (Identity-H), so that the document shows its Chinese on a machine
 * with no CJK font at all. (A CFF-outline font such as Noto Sans CJK embeds as CID Type 0C and its Chinese
 * renders blank with OpenPDF; a TrueType-outline font does not.)
 *
 * <p>A character the font cannot draw (outside GBK: CJK extensions A to G, rare characters of a name) is
 * never dropped silently: it is printed as {@link #MISSING} 〓, the typesetter's sign for a missing
 * character, and the document lists its code point ({@link #missing}). The electronic application keeps
 * the character; the fingerprint on the page identifies it.
 */
public final class EmbeddedFont {

    /** Where the font lies on the class path, beside its licence and README. */
    public static final String RESOURCE = "/fonts/wqy-microhei/wqy-microhei-gbk.ttf";

    /** GETA MARK, printed where a character cannot be drawn (缺字符号). */
    public static final int MISSING = 0x3013;

    private static final EmbeddedFont INSTANCE = new EmbeddedFont();

    private final BaseFont font;

    private EmbeddedFont() {
        byte[] bytes;
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + RESOURCE + " is not on the class path");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // The name must end in .ttf for OpenPDF to read the bytes as TrueType; not cached by name (the bytes are ours).
            font = BaseFont.createFont("wqy-microhei-gbk.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!canDraw(MISSING)) {
            throw new IllegalStateException("The PDF font cannot draw the missing-character mark U+3013");
        }
    }

    /** The font, read once: a {@link BaseFont} serves any number of documents at once. */
    public static EmbeddedFont get() {
        return INSTANCE;
    }

    public BaseFont baseFont() {
        return font;
    }

    /** True when the font has a glyph for this code point. */
    public boolean canDraw(int codePoint) {
        return font.charExists(codePoint);
    }

    /** The code points of these texts that the font cannot draw (line breaks and tabs aside), in order. */
    public SortedSet<Integer> missing(Iterable<String> texts) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (String text : texts) {
            text.codePoints().filter(c -> !Character.isISOControl(c) && !canDraw(c)).forEach(missing::add);
        }
        return missing;
    }

    /**
     * The text as the font can print it: a character it cannot draw becomes 〓, a tab a space, other
     * control characters but the line break are left out.
     */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                // left out: nothing to print
            } else if (canDraw(c)) {
                out.appendCodePoint(c);
            } else {
                out.appendCodePoint(MISSING);
            }
        });
        return out.toString();
    }

    /** U+4DAE style names of code points, for the note that lists what could not be printed. */
    public static String codePoints(Set<Integer> codePoints) {
        StringBuilder out = new StringBuilder();
        for (int c : codePoints) {
            if (!out.isEmpty()) {
                out.append('、');
            }
            out.append(String.format("U+%04X", c));
        }
        return out.toString();
    }
}
