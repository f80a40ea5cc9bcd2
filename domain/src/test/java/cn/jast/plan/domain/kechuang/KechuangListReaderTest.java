package cn.jast.plan.domain.kechuang;

import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.support.FieldError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 科创江苏 list read from CSV (RFC 4180, UTF-8 with or without BOM) and from rows of cells. */
class KechuangListReaderTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<FieldError> errorsOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aQuotedCommaADoubledQuoteAndALineBreakStayInTheirField() {
        List<KechuangEntry> entries = KechuangListReader.readCsv(utf8(
                "序号,学会名称,项目名称\r\n"
                        + "1,江苏省计算机学会,\"智能制造，服务平台, 二期\"\r\n"
                        + "2,\"江苏省\"\"力学\"\"学会\",\"第一行\n第二行\"\r\n"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).isEqualTo(new KechuangEntry(2, null, "江苏省计算机学会", "智能制造，服务平台, 二期"));
        assertThat(entries.get(1).societyName()).isEqualTo("江苏省\"力学\"学会");
        assertThat(entries.get(1).title()).isEqualTo("第一行\n第二行");
        assertThat(entries.get(1).row()).isEqualTo(3);
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("学会名称,项目名称\n江苏省计算机学会,智能制造服务平台\n");
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        assertThat(KechuangListReader.readCsv(file))
                .containsExactly(new KechuangEntry(2, null, "江苏省计算机学会", "智能制造服务平台"));
    }

    @Test
    void englishHeadersInAnyCaseAndACodeColumn() {
        List<KechuangEntry> entries = KechuangListReader.readCsv(utf8(
                "Society Code,Society Name,Project Title,Remarks\nS-0001,,Smart platform,x\n,Jiangsu AI Society,AI week,\n"));
        assertThat(entries).containsExactly(new KechuangEntry(2, "S-0001", null, "Smart platform"),
                new KechuangEntry(3, null, "Jiangsu AI Society", "AI week"));
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThat(errorsOf(() -> KechuangListReader.readCsv(utf8("学会名称,备注\n江苏省计算机学会,x\n"))))
                .containsExactly(new FieldError("row 1", "no column for the project title (项目名称/title)"));
        assertThat(errorsOf(() -> KechuangListReader.readCsv(utf8("序号,项目名称\n1,智能制造\n"))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("row 1",
                        "no column for the society (学会名称/申报单位/society, or 学会代码/society code)"));
    }

    @Test
    void aRowWithAnEmptyTitleIsNamedByRowAndColumnAndNothingIsRead() {
        List<FieldError> errors = errorsOf(() -> KechuangListReader.readCsv(utf8(
                "学会名称,项目名称\n江苏省计算机学会,智能制造\n江苏省力学学会,  \n,无名项目\n")));
        assertThat(errors).containsExactly(
                new FieldError("row 3, column 2 (项目名称)", "the project title is empty"),
                new FieldError("row 4, column 1 (学会名称)", "the society is not named"));
    }

    @Test
    void aTitleOfPunctuationAloneIsEmpty() {
        assertThat(errorsOf(() -> KechuangListReader.readCsv(utf8("学会名称,项目名称\n江苏省计算机学会,《》\n"))))
                .extracting(FieldError::field).containsExactly("row 2, column 2 (项目名称)");
    }

    @Test
    void blankRowsAreSkipped() {
        assertThat(KechuangListReader.readCsv(utf8("学会名称,项目名称\n\n江苏省计算机学会,智能制造\n,\n")))
                .extracting(KechuangEntry::row).containsExactly(3);
    }

    @Test
    void aHeaderAloneIsAnEmptyList() {
        assertThat(KechuangListReader.readCsv(utf8("学会名称,项目名称\n"))).isEmpty();
    }

    @Test
    void badFilesAreRefusedNamingWhere() {
        assertThat(errorsOf(() -> KechuangListReader.readCsv(new byte[0])))
                .extracting(FieldError::field).containsExactly("row 1");
        assertThat(errorsOf(() -> KechuangListReader.readCsv(utf8("学会名称,项目名称\n江苏省计算机学会,\"智能制造\n"))))
                .containsExactly(new FieldError("row 2, column 2", "a quoted field is not closed (a \" is missing)"));
        assertThat(errorsOf(() -> KechuangListReader.readCsv(utf8("学会名称,项目名称\n江苏省计算机学会,智能\"制造\"\n"))))
                .extracting(FieldError::field).containsExactly("row 2, column 2");
        assertThat(errorsOf(() -> KechuangListReader.readCsv(utf8("学会名称,项目名称\nA,\"智能\"x\n"))))
                .extracting(FieldError::field).containsExactly("row 2, column 2");
        assertThat(errorsOf(() -> KechuangListReader.readCsv(new byte[]{'a', ',', (byte) 0xC3, 0x28})))
                .extracting(FieldError::field).containsExactly("file");
        assertThat(errorsOf(() -> KechuangListReader.readCsv(utf8("项目名称,学会,项目\nA,B,C\n"))))
                .extracting(FieldError::field).containsExactly("row 1, column 3 (项目)");
    }

    @Test
    void rowsOfCellsReadLikeCsv() {
        List<List<String>> rows = List.of(List.of("申报单位", "项目名称"), List.of("江苏省计算机学会", "智能制造"),
                List.of("江苏省力学学会"));
        assertThatThrownBy(() -> KechuangListReader.entries(rows)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("row 3, column 2 (项目名称)");
        assertThat(KechuangListReader.entries(rows.subList(0, 2)))
                .containsExactly(new KechuangEntry(2, null, "江苏省计算机学会", "智能制造"));
    }
}
