package cn.jast.plan.web.application.print;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Looks at a PDF as a reader's machine does, with poppler's command-line tools (Debian's poppler-utils:
 * {@code pdftotext}, {@code pdffonts}, {@code pdfinfo}, {@code pdftoppm}). There is no fallback: a missing
 * tool fails the test. Pages are rendered with a fontconfig that knows no font at all, so that what shows
 * comes from the fonts embedded in the PDF, as on a machine without any CJK font.
 */
public final class PdfTools {

    /** Rendering resolution; pdftotext's boxes are in points, 72 to the inch. */
    public static final int DPI = 150;

    private final Path dir;

    /** Works in {@code dir} (under target/), where the PDFs and rendered pages stay for a person to look at. */
    public PdfTools(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            Path conf = dir.resolve("no-fonts.conf");
            Files.writeString(conf, """
                    <?xml version="1.0"?>
                    <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                    <fontconfig>
                      <dir>%s</dir>
                      <cachedir>%s</cachedir>
                    </fontconfig>
                    """.formatted(dir.resolve("no-fonts").toAbsolutePath(), dir.resolve("fc-cache").toAbsolutePath()));
            Files.createDirectories(dir.resolve("no-fonts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path save(String name, byte[] pdf) {
        try {
            return Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the whole document, or of one page. */
    public String text(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    public String pageText(Path pdf, int page) {
        return run("pdftotext", "-enc", "UTF-8", "-f", Integer.toString(page), "-l", Integer.toString(page),
                pdf.toString(), "-");
    }

    public int pages(Path pdf) {
        Matcher m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
        if (!m.find()) {
            throw new AssertionError("pdfinfo gives no page count for " + pdf);
        }
        return Integer.parseInt(m.group(1));
    }

    /** pdffonts' table: one row per font (name, type, encoding, emb, sub, uni, object, generation). */
    public List<String[]> fonts(Path pdf) {
        String[] lines = run("pdffonts", pdf.toString()).split("\n");
        List<String[]> fonts = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                fonts.add(lines[i].trim().split("\\s{1,}"));
            }
        }
        return fonts;
    }

    /** pdffonts' whole answer, for messages. */
    public String fontTable(Path pdf) {
        return run("pdffonts", pdf.toString());
    }

    /** One page as an image at {@link #DPI}, rendered with no system font; the PNG stays beside the PDF. */
    public BufferedImage render(Path pdf, int page) {
        String name = pdf.getFileName().toString().replaceAll("\\.pdf$", "") + "-page" + page;
        Path prefix = dir.resolve(name);
        run(Map.of("FONTCONFIG_FILE", dir.resolve("no-fonts.conf").toAbsolutePath().toString()),
                "pdftoppm", "-png", "-r", Integer.toString(DPI), "-f", Integer.toString(page), "-l",
                Integer.toString(page), "-singlefile", pdf.toString(), prefix.toString());
        try {
            return ImageIO.read(dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where on the page (in pixels at {@link #DPI}) pdftotext finds words containing {@code text}. */
    public List<Rectangle> boxesOf(Path pdf, int page, String text) {
        String html = run("pdftotext", "-enc", "UTF-8", "-bbox", "-f", Integer.toString(page), "-l",
                Integer.toString(page), pdf.toString(), "-");
        Matcher m = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
                .matcher(html);
        List<Rectangle> boxes = new ArrayList<>();
        double scale = DPI / 72.0;
        while (m.find()) {
            if (unescape(m.group(5)).contains(text)) {
                int x0 = (int) Math.floor(Double.parseDouble(m.group(1)) * scale);
                int y0 = (int) Math.floor(Double.parseDouble(m.group(2)) * scale);
                int x1 = (int) Math.ceil(Double.parseDouble(m.group(3)) * scale);
                int y1 = (int) Math.ceil(Double.parseDouble(m.group(4)) * scale);
                boxes.add(new Rectangle(x0, y0, x1 - x0, y1 - y0));
            }
        }
        return boxes;
    }

    /** The share of pixels in the box darker than mid-grey. */
    public static double inkIn(BufferedImage image, Rectangle box) {
        int dark = 0;
        int all = 0;
        for (int y = Math.max(0, box.y); y < Math.min(image.getHeight(), box.y + box.height); y++) {
            for (int x = Math.max(0, box.x); x < Math.min(image.getWidth(), box.x + box.width); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 128) {
                    dark++;
                }
                all++;
            }
        }
        return all == 0 ? 0 : (double) dark / all;
    }

    /** The text of the QR code on the image; fails when there is none that reads. */
    public static String readQr(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no QR code reads on the rendered page: " + e, e);
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private String run(String... command) {
        return run(Map.of(), command);
    }

    private String run(Map<String, String> env, String... command) {
        Path errors = dir.resolve("poppler-errors.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(errors.toFile());
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ": "
                        + Files.readString(errors));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + " (poppler-utils; .ci/run installs it): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
