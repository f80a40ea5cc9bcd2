package cn.jast.plan.domain.form;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.content.FormValues;
import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.domain.support.LocalizedText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every field type at its limits, required against optional, and a table with a bad cell. */
class FormFieldTypesTest {
    private static final LocalizedText L = LocalizedText.of("标签", "label");
    private static final ChoiceList COLOURS = new ChoiceList("COLOURS", L, List.of(
            new Choice("RED", LocalizedText.of("红", "red")), new Choice("GREEN", LocalizedText.of("绿", "green")),
            new Choice("OTHER", LocalizedText.of("其他", "other"))));

    private static FieldDefinition field(String code, FieldType type, boolean required) {
        return switch (type) {
            case SHORT_TEXT -> new FieldDefinition(code, type, required, L, null, null, 5, null, null, null, null, null, null, null, null);
            case LONG_TEXT -> new FieldDefinition(code, type, required, L, null, null, 20, null, null, null, null, null, null, null, null);
            case INTEGER -> new FieldDefinition(code, type, required, L, null, null, null, BigDecimal.ONE, BigDecimal.valueOf(100), null, null, null, null, null, null);
            case MONEY -> new FieldDefinition(code, type, required, L, null, null, null, BigDecimal.ZERO, new BigDecimal("50000.00"), null, null, null, null, null, null);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new FieldDefinition(code, type, required, L, null, null, null, null, null, COLOURS, null, null, null, null, null);
            case TABLE -> new FieldDefinition(code, type, required, L, null, "IV.3", null, null, null, null,
                    List.of(field("kind", FieldType.SINGLE_CHOICE, true), field("amount", FieldType.MONEY, true),
                            field("note", FieldType.SHORT_TEXT, false)), 2, 3, null, null);
            case ATTACHMENT -> new FieldDefinition(code, type, required, L, null, null, null, null, null, null, null, null, null,
                    AttachmentKind.WORK_PLAN, FactBinding.ATTACHMENTS);
            default -> new FieldDefinition(code, type, required, L, null, null, null, null, null, null, null, null, null, null, null);
        };
    }

    private static final SectionDefinition SECTION = new SectionDefinition("s", LocalizedText.of("节", "section"), "V.1", List.of(
            field("shortText", FieldType.SHORT_TEXT, true), field("longText", FieldType.LONG_TEXT, false),
            field("count", FieldType.INTEGER, true), field("money", FieldType.MONEY, false),
            field("date", FieldType.DATE, true), field("period", FieldType.DATE_RANGE, true),
            field("one", FieldType.SINGLE_CHOICE, true), field("several", FieldType.MULTIPLE_CHOICE, false),
            field("yes", FieldType.YES_NO, true), field("lines", FieldType.TABLE, false),
            field("plan", FieldType.ATTACHMENT, true),
            new FieldDefinition("title", FieldType.SHORT_TEXT, true, L, null, "V.1", 10, null, null, null, null, null, null,
                    null, FactBinding.TITLE)));
    private static final FormDefinition FORM = new FormDefinition(2021, "MEMBERS_HOME", null, List.of(SECTION));

    private static List<FieldError> errors(String field, Object value) {
        return FORM.validate(content(Map.of(field, value)), "");
    }

    private static ApplicationContent content(Map<String, Object> fields) {
        // Only the facts this test's form binds: the title.
        return new ApplicationContent("MEMBERS_HOME", null, "短标题", null, null, null, null, null, null, null, null,
                FormValues.of(Map.of("s", fields)));
    }

    private static void accepted(String field, Object value) {
        assertThat(errors(field, value)).as(field + " = " + value).isEmpty();
    }

    private static void refused(String field, Object value, String path, String words) {
        assertThat(errors(field, value)).as(field + " = " + value).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(path);
            assertThat(e.message()).contains(words);
        });
    }

    @Nested
    class Texts {
        @Test
        void aShortTextOfExactlyItsLengthPassesOneMoreFails() {
            accepted("shortText", "江苏省学会");
            refused("shortText", "江苏省学会会", "form.s.shortText", "at most 5 characters, was 6");
        }

        @Test
        void lengthIsCountedInCharactersNotUtf16Units() {
            accepted("shortText", "𠀀𠀁𠀂𠀃𠀄");
        }

        @Test
        void aLongTextAtItsLimit() {
            accepted("longText", "一".repeat(20));
            refused("longText", "一".repeat(21), "form.s.longText", "at most 20");
        }

        @Test
        void aShortTextIsOneLineWithoutControlCharacters() {
            refused("shortText", "江苏\u0007学会", "form.s.shortText", "control character U+0007");
            refused("shortText", "江苏\n学会", "form.s.shortText", "control character U+000A");
            refused("shortText", "江苏\u0000", "form.s.shortText", "U+0000");
        }

        @Test
        void aLongTextKeepsItsLineBreaksAndTabsButNoOtherControlCharacter() {
            accepted("longText", "第一段\r\n\t第二段");
            refused("longText", "第一段\u001b[31m", "form.s.longText", "control character U+001B");
        }

        @Test
        void aBoundTitleWithAControlCharacterIsNamedAtItsOwnPath() {
            ApplicationContent bell = anApplication("MEMBERS_HOME").declaredNotInKechuangJiangsu(null).titled("会员\u0007之家").build();
            assertThat(FORM.validate(bell, "")).extracting(FieldError::field).containsExactly("title");
        }

        @Test
        void aFactTheFormHasNoFieldForIsNamedNotStored() {
            ApplicationContent award = anApplication("MEMBERS_HOME").declaredNotInKechuangJiangsu(null)
                    .awardName("长".repeat(100_000)).build();
            assertThat(FORM.validate(award, "")).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("awardName");
                assertThat(e.message()).contains("no field for this fact");
            });
        }

        @Test
        void aNumberIsNotText() {
            refused("shortText", BigDecimal.ONE, "form.s.shortText", "must be text");
        }

        @Test
        void aBoundFactIsCheckedAtItsOwnPath() {
            ApplicationContent longTitle = anApplication("MEMBERS_HOME").declaredNotInKechuangJiangsu(null).titled("一二三四五六七八九十一").build();
            assertThat(FORM.validate(longTitle, "application")).singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("application.title"));
            refused("title", "题", "form.s.title", "is the fact title and is given there");
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @CsvSource({"1, true", "100, true", "0, false", "101, false", "2.5, false", "3.0, true"})
        void anIntegerWithinItsBounds(String value, boolean ok) {
            assertThat(errors("count", new BigDecimal(value)).isEmpty()).as(value).isEqualTo(ok);
        }

        @ParameterizedTest
        @CsvSource({"0, true", "0.01, true", "50000.00, true", "50000.01, false", "12.345, false", "-0.01, false",
                "12.340, true"})
        void moneyIsYuanWithAtMostTwoDecimals(String value, boolean ok) {
            assertThat(errors("money", new BigDecimal(value)).isEmpty()).as(value).isEqualTo(ok);
        }

        @Test
        void theMessagesSayWhy() {
            refused("money", new BigDecimal("1.005"), "form.s.money", "at most two decimals");
            refused("money", new BigDecimal("-1"), "form.s.money", "negative");
            refused("count", new BigDecimal("101"), "form.s.count", "at most 100");
            refused("count", "十", "form.s.count", "whole number");
        }
    }

    @Nested
    class Dates {
        @Test
        void aDateIsIso() {
            accepted("date", "2021-02-28");
            refused("date", "2021-02-29", "form.s.date", "a date like");
            refused("date", "28.05.2021", "form.s.date", "a date like");
        }

        @Test
        void aRangeMayEndOnItsFirstDayButNotBefore() {
            accepted("period", Map.of("from", "2021-06-01", "to", "2021-06-01"));
            refused("period", Map.of("from", "2021-06-01", "to", "2021-05-31"), "form.s.period.to", "must not be before");
            refused("period", Map.of("from", "2021-06-01", "until", "2021-07-01"), "form.s.period.until", "only \"from\" and \"to\"");
            refused("period", "2021-06-01", "form.s.period", "date range");
        }
    }

    @Nested
    class Choices {
        @Test
        void oneChoiceFromTheList() {
            accepted("one", "GREEN");
            refused("one", "BLUE", "form.s.one", "not in the list COLOURS");
        }

        @Test
        void severalChoicesEachOnce() {
            accepted("several", List.of("RED", "OTHER"));
            refused("several", List.of("RED", "RED"), "form.s.several[1]", "chosen twice");
            refused("several", List.of("RED", "BLUE"), "form.s.several[1]", "not in the list");
            refused("several", "RED", "form.s.several", "a list of codes");
        }

        @Test
        void yesOrNo() {
            accepted("yes", false);
            refused("yes", "是", "form.s.yes", "true or false");
        }
    }

    @Nested
    class Tables {
        private static Map<String, Object> row(Object kind, Object amount) {
            return Map.of("kind", kind, "amount", amount);
        }

        @Test
        void aBadCellIsNamedByRowAndColumn() {
            List<FieldError> e = errors("lines", List.of(row("RED", new BigDecimal("10")), row("RED", "十元"),
                    Map.of("kind", "BLUE", "colour", "x")));
            assertThat(e).extracting(FieldError::field).containsExactly("form.s.lines[1].amount", "form.s.lines[2].colour",
                    "form.s.lines[2].kind");
        }

        @Test
        void atMostMaxRows() {
            Map<String, Object> r = row("RED", BigDecimal.ONE);
            accepted("lines", List.of(r, r, r));
            refused("lines", List.of(r, r, r, r), "form.s.lines", "at most 3 rows");
            refused("lines", List.of("一行"), "form.s.lines[0]", "a row must be an object");
        }

        @Test
        void aColumnIsNeverATableNorBound() {
            assertThatIllegalArgumentException().isThrownBy(() -> new FieldDefinition("t", FieldType.TABLE, true, L, null, null,
                    null, null, null, null, List.of(field("inner", FieldType.TABLE, true)), null, null, null, null));
        }
    }

    @Nested
    class WhatTheFormDoesNotHave {
        @Test
        void unknownSectionsFieldsAndAttachmentsInTheFormAreNamed() {
            ApplicationContent c = anApplication("MEMBERS_HOME").declaredNotInKechuangJiangsu(null).build().withForm(FormValues.of(Map.of(
                    "s", Map.of("colour", "red", "plan", "计划.pdf"), "extra", Map.of("x", "y"))));
            assertThat(FORM.validate(c, "")).extracting(FieldError::field).containsExactlyInAnyOrder("form.extra",
                    "form.s.colour", "form.s.plan");
        }
    }

    @Nested
    class RequiredAndOptional {
        @Test
        void anEmptyDraftMissesExactlyTheRequiredFieldsWithSectionAndClause() {
            ApplicationContent empty = anApplication("MEMBERS_HOME").declaredNotInKechuangJiangsu(null).titled(null).attachments().build();
            assertThat(FORM.validate(empty, "")).isEmpty();
            assertThat(FORM.missing(empty)).extracting(MissingField::path).containsExactly("form.s.shortText",
                    "form.s.count", "form.s.date", "form.s.period", "form.s.one", "form.s.yes", "attachments", "title");
            assertThat(FORM.missing(empty)).allSatisfy(m -> {
                assertThat(m.section()).isEqualTo("s");
                assertThat(m.sectionTitle().zh()).isEqualTo("节");
                assertThat(m.clause()).isEqualTo("V.1");
            });
        }

        @Test
        void blankTextEmptyListsAndHalfARangeAreNotGiven() {
            ApplicationContent c = content(Map.of("shortText", "  ", "period", Map.of("from", "2021-06-01")));
            assertThat(FORM.missing(c)).extracting(MissingField::path).contains("form.s.shortText", "form.s.period");
        }

        @Test
        void anOptionalTableNeedsNoRowsButEveryRowGivenNeedsItsRequiredCells() {
            assertThat(FORM.missing(content(Map.of()))).extracting(MissingField::path).doesNotContain("form.s.lines");
            ApplicationContent oneRow = content(Map.of("lines", List.of(Map.of("kind", "RED"))));
            assertThat(FORM.missing(oneRow)).filteredOn(m -> m.path().startsWith("form.s.lines"))
                    .extracting(MissingField::path).containsExactly("form.s.lines[0].amount");
            assertThat(FORM.missing(oneRow)).filteredOn(m -> m.path().equals("form.s.lines[0].amount")).singleElement()
                    .satisfies(m -> {
                        assertThat(m.field()).isEqualTo("lines.amount");
                        assertThat(m.clause()).isEqualTo("IV.3");
                    });
        }

        @Test
        void aFullyFilledFormMissesNothing() {
            ApplicationContent c = anApplication("MEMBERS_HOME").declaredNotInKechuangJiangsu(null).titled("题目").build().withForm(FormValues.of(Map.of("s", Map.of(
                    "shortText", "名称", "count", BigDecimal.TEN, "date", "2021-06-01",
                    "period", Map.of("from", "2021-06-01", "to", "2021-12-31"), "one", "RED", "yes", true,
                    "lines", List.of(Map.of("kind", "RED", "amount", BigDecimal.ONE), Map.of("kind", "GREEN", "amount", BigDecimal.TEN))))));
            assertThat(FORM.validate(c, "")).isEmpty();
            assertThat(FORM.missing(c)).isEmpty();
        }
    }
}
