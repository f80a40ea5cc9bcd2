package cn.jast.plan.web.application.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.jast.plan.web.application.print.PrintedApplication.Entry;
import cn.jast.plan.web.application.print.PrintedApplication.Field;
import cn.jast.plan.web.application.print.PrintedApplication.Mark;
import cn.jast.plan.web.application.print.PrintedApplication.Section;
import cn.jast.plan.web.application.print.PrintedApplication.Table;
import org.junit.jupiter.api.Test;

/**
 * The renderer alone, on documents made here (no server): long documents run over several pages, every
 * page carries its header, footer and, on a draft, the mark; what the font cannot draw prints as 〓 and is
 * listed. What poppler extracts, which fonts it finds embedded and what it draws with no system font are
 * checked; the PDFs and the rendered pages stay under target/pdf-unit/ to look at.
 */
class ApplicationPdfTest {

    private static final String FINGERPRINT = "3f5a9c0e7b21d4486e0f9a1c2b3d4e5f60718293a4b5c6d7e8f9012345678abc";
    private static final ZonedDateTime SUBMITTED = ZonedDateTime.of(2021, 5, 20, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    private final PdfTools tools = new PdfTools(Path.of("target", "pdf-unit"));

    @Test
    void aLongSubmittedApplicationRunsOverPagesWithItsFingerprintOnEach() {
        Path pdf = tools.save("submitted-long.pdf", ApplicationPdf.render(document("江苏省示例学会", FINGERPRINT, null,
                longSections())));

        int pages = tools.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            String text = tools.pageText(pdf, page);
            assertThat(text.replaceAll("\\s", "")).as("page %d", page).contains("第" + page + "页/共" + pages + "页");
            assertThat(text).as("page %d", page)
                    .contains("申报编号 APP-0001").contains("内容指纹 " + FINGERPRINT)
                    .doesNotContain("草稿");
        }
        String all = tools.text(pdf);
        assertThat(all).contains("申报书", "2021 示例学术年会", FINGERPRINT, "2021年5月20日 10:00:00",
                "UTC+08:00", "十二、第十二部分", "申报学会（盖章）", "盖章处");
        assertThat(fontsOf(pdf)).allSatisfy(f -> assertThat(f).as(tools.fontTable(pdf)).contains(" yes yes "));
        assertThat(tools.fontTable(pdf)).contains("WenQuanYiMicroHei", "CID TrueType", "Identity-H");

        BufferedImage first = tools.render(pdf, 1);
        assertThat(PdfTools.readQr(first)).isEqualTo(FINGERPRINT);
        assertInked(pdf, first, 1, "申报书", "示例学术年会");
    }

    @Test
    void aDraftIsMarkedOnEveryPageAndHasNoFingerprint() {
        Path pdf = tools.save("draft-long.pdf", ApplicationPdf.render(document("江苏省示例学会", null,
                new Mark("草稿", "草稿：尚未提交的申报书，不能盖章报送"), longSections())));

        int pages = tools.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(tools.pageText(pdf, page)).as("page %d", page).contains("草稿：尚未提交的申报书，不能盖章报送");
            BufferedImage image = tools.render(pdf, page);
            // The mark's note at the top of each page is drawn, not only extractable.
            assertInked(pdf, image, page, "草稿：尚未提交的申报书");
        }
        assertThat(tools.text(pdf)).contains("还没有内容指纹", "无二维码").doesNotContain("内容指纹 ");
    }

    @Test
    void aCharacterTheFontLacksPrintsAsGetaMarkAndIsListed() {
        // 喆 is in GBK (not in GB2312) and is drawn; 䶮 (CJK extension A) and 𠮷 (extension B) are not in the font.
        Path pdf = tools.save("rare-characters.pdf", ApplicationPdf.render(document("江苏省喆䶮𠮷研究会", FINGERPRINT, null,
                List.of(new Section("基本信息", List.of(new Field("项目名称", "2021 示例学术年会")))))));

        String text = tools.text(pdf);
        assertThat(text).contains("江苏省喆〓〓研究会").doesNotContain("䶮").doesNotContain("𠮷")
                .contains("U+4DAE、U+20BB7");
        BufferedImage first = tools.render(pdf, 1);
        assertInked(pdf, first, 1, "江苏省喆");
    }

    @Test
    void everyCharacterOfGbkIsInTheFont() {
        EmbeddedFont font = EmbeddedFont.get();
        StringBuilder gbk = new StringBuilder();
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName("GBK");
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                String s = new String(new byte[]{(byte) lead, (byte) trail}, charset);
                if (s.codePointCount(0, s.length()) == 1 && s.codePointAt(0) != 0xFFFD
                        && !Character.isISOControl(s.codePointAt(0)) && Character.getType(s.codePointAt(0)) != Character.PRIVATE_USE) {
                    gbk.append(s);
                }
            }
        }
        String han = gbk.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(han.codePointCount(0, han.length())).isGreaterThan(20900);
        assertThat(font.missing(List.of(han))).as("GBK Hanzi the font lacks").isEmpty();
        assertThat(font.missing(List.of("2021年度江苏省科协提升学会服务科技创新能力计划 苏科协发〔2021〕51号 “会员之家”建设（）：；、。")))
                .isEmpty();
    }

    private void assertInked(Path pdf, BufferedImage image, int page, String... texts) {
        for (String text : texts) {
            List<Rectangle> boxes = tools.boxesOf(pdf, page, text);
            assertThat(boxes).as("where pdftotext finds %s on page %d", text, page).isNotEmpty();
            for (Rectangle box : boxes) {
                assertThat(PdfTools.inkIn(image, box)).as("ink where %s is written on page %d (%s)", text, page, box)
                        .isGreaterThan(0.04);
            }
        }
    }

    private List<String> fontsOf(Path pdf) {
        return tools.fontTable(pdf).lines().skip(2).filter(l -> !l.isBlank()).map(l -> l.replaceAll("\\s+", " ") + " ")
                .toList();
    }

    private static PrintedApplication document(String society, String fingerprint, Mark mark, List<Section> sections) {
        return new PrintedApplication("2021年度江苏省科协提升学会服务科技创新能力计划", "苏科协发〔2021〕51号",
                "2021 示例学术年会", "三、学术交流建设", "品牌学术交流", society, "S-0001", "APP-0001",
                fingerprint == null ? "草稿" : "已提交（电子版）", fingerprint == null ? null : SUBMITTED, fingerprint, mark,
                sections);
    }

    private static List<Section> longSections() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("基本信息", List.of(new Field("项目名称", "2021 示例学术年会"),
                new Field("本项目未同时申报2021年度“科创江苏”专项行动计划", "是"))));
        for (int s = 2; s <= 12; s++) {
            List<Entry> entries = new ArrayList<>();
            entries.add(new Field("项目概述", "本部分说明项目的目标、内容和预期成效。".repeat(6)));
            entries.add(new Field("预期成效", "举办学术活动，服务会员和科技工作者。".repeat(3)));
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                rows.add(List.of("成员" + r, "教授", "南京大学", "负责第" + r + "项工作"));
            }
            entries.add(new Table("项目团队", List.of("姓名", "职称", "单位", "分工"), rows));
            sections.add(new Section(s == 12 ? "第十二部分" : "第" + ApplicationPdf.chineseNumber(s) + "部分", entries));
        }
        return sections;
    }
}
