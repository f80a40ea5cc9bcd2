import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Issue #15 item 4's plots, from the SERIES lines a growth run wrote: one PNG per {@code plot=} name, every
 * {@code series=} a line of points {@code x=} {@code y=} on log–log axes (cost against the amount of work: a
 * straight line of slope 1 is linear growth, slope 0 is none). JDK 17 single file, headless Java2D:
 *
 * <pre>java -Djava.awt.headless=true load/Plot.java load/target/growth.txt docs</pre>
 *
 * Lines look like {@code SERIES plot=office title="…" xlabel="…" ylabel="…" series=dashboard x=1000 y=31.2}.
 */
public final class Plot {

    record Point(double x, double y) {
    }

    static final class Chart {
        String title = "";
        String xlabel = "";
        String ylabel = "";
        final Map<String, List<Point>> series = new LinkedHashMap<>();
    }

    public static void main(String[] args) throws IOException {
        Map<String, Chart> charts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.startsWith("SERIES ")) {
                continue;
            }
            Map<String, String> f = fields(line.substring(7));
            Chart c = charts.computeIfAbsent(f.get("plot"), k -> new Chart());
            c.title = f.getOrDefault("title", c.title);
            c.xlabel = f.getOrDefault("xlabel", c.xlabel);
            c.ylabel = f.getOrDefault("ylabel", c.ylabel);
            double y = Double.parseDouble(f.get("y"));
            if (y > 0 && !Double.isNaN(y)) {
                c.series.computeIfAbsent(f.get("series"), k -> new ArrayList<>())
                        .add(new Point(Double.parseDouble(f.get("x")), y));
            }
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        for (Map.Entry<String, Chart> e : charts.entrySet()) {
            Path out = dir.resolve("growth-" + e.getKey() + ".png");
            ImageIO.write(draw(e.getValue()), "png", out.toFile());
            System.out.println("plot: " + out);
        }
    }

    /** key=value pairs; a value may be quoted to hold spaces. */
    static Map<String, String> fields(String s) {
        Map<String, String> f = new LinkedHashMap<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = s.substring(i, eq);
            int end;
            String value;
            if (eq + 1 < s.length() && s.charAt(eq + 1) == '"') {
                end = s.indexOf('"', eq + 2);
                value = s.substring(eq + 2, end);
                end++;
            } else {
                end = s.indexOf(' ', eq);
                end = end < 0 ? s.length() : end;
                value = s.substring(eq + 1, end);
            }
            f.put(key, value);
            i = end;
        }
        return f;
    }

    static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0x7f7f7f)};

    static BufferedImage draw(Chart c) {
        int w = 900, h = 560, left = 90, right = 230, top = 50, bottom = 70;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
        for (List<Point> ps : c.series.values()) {
            for (Point p : ps) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (maxX == 0) {
            g.setColor(Color.BLACK);
            g.drawString("no data", w / 2, h / 2);
            return img;
        }
        double lx0 = Math.floor(Math.log10(minX)), lx1 = Math.ceil(Math.log10(maxX));
        double ly0 = Math.floor(Math.log10(minY)), ly1 = Math.ceil(Math.log10(maxY));
        if (lx1 == lx0) {
            lx1++;
        }
        if (ly1 == ly0) {
            ly1++;
        }
        int pw = w - left - right, ph = h - top - bottom;
        final double fx0 = lx0, fx1 = lx1, fy0 = ly0, fy1 = ly1;
        java.util.function.DoubleUnaryOperator px = x -> left + (Math.log10(x) - fx0) / (fx1 - fx0) * pw;
        java.util.function.DoubleUnaryOperator py = y -> top + ph - (Math.log10(y) - fy0) / (fy1 - fy0) * ph;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (double d = lx0; d <= lx1; d++) {
            int x = (int) px.applyAsDouble(Math.pow(10, d));
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, top, x, top + ph);
            g.setColor(Color.BLACK);
            String label = label(Math.pow(10, d));
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, top + ph + 18);
        }
        for (double d = ly0; d <= ly1; d++) {
            int y = (int) py.applyAsDouble(Math.pow(10, d));
            g.setColor(new Color(0xdddddd));
            g.drawLine(left, y, left + pw, y);
            g.setColor(Color.BLACK);
            String label = label(Math.pow(10, d));
            g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 5);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(c.title, left, top - 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(c.xlabel, left + pw / 2 - g.getFontMetrics().stringWidth(c.xlabel) / 2, h - 25);
        Graphics2D gy = (Graphics2D) g.create();
        gy.rotate(-Math.PI / 2);
        gy.drawString(c.ylabel, -(top + ph / 2) - g.getFontMetrics().stringWidth(c.ylabel) / 2, 25);
        gy.dispose();
        int k = 0;
        for (Map.Entry<String, List<Point>> s : c.series.entrySet()) {
            Color colour = COLOURS[k % COLOURS.length];
            g.setColor(colour);
            g.setStroke(new BasicStroke(2f));
            List<Point> ps = new ArrayList<>(s.getValue());
            ps.sort((a, b) -> Double.compare(a.x(), b.x()));
            for (int i = 0; i < ps.size(); i++) {
                int x = (int) px.applyAsDouble(ps.get(i).x()), y = (int) py.applyAsDouble(ps.get(i).y());
                g.fillOval(x - 4, y - 4, 8, 8);
                if (i > 0) {
                    g.drawLine((int) px.applyAsDouble(ps.get(i - 1).x()), (int) py.applyAsDouble(ps.get(i - 1).y()), x, y);
                }
            }
            int ly = top + 10 + k * 22;
            g.drawLine(left + pw + 15, ly, left + pw + 40, ly);
            g.setColor(Color.BLACK);
            g.drawString(s.getKey(), left + pw + 46, ly + 5);
            k++;
        }
        g.dispose();
        return img;
    }

    static String label(double v) {
        if (v >= 1) {
            return String.format(Locale.ROOT, "%,d", Math.round(v));
        }
        return String.format(Locale.ROOT, "%s", v).replaceAll("0+$", "");
    }
}
