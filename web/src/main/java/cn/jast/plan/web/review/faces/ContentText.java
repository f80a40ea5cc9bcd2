package cn.jast.plan.web.review.faces;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.form.ChoiceList;
import cn.jast.plan.domain.form.FieldDefinition;
import cn.jast.plan.domain.form.FieldType;
import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.form.SectionDefinition;
import cn.jast.plan.domain.support.LocalizedText;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An application's content as the plan year's form shows it, read-only: every section with its title
 * and clause, every field with its label and its value as words (a choice by its label, a date as a
 * date, yes or no, a table as rows). Labels and choices come from the plan year in the page's language;
 * nothing is checked here. A field bound to a fact (the title, the event's dates, …) is read from that
 * fact, as the form keeps it there. The office's full view of an application renders it the same way.
 */
public final class ContentText {

    /** A section of the form with its fields. */
    public record Section(String code, String title, String clause, List<Field> fields) implements Serializable {
    }

    /** A field: a value as text, or a table (columns and rows of text). */
    public record Field(String code, String label, String value, List<String> columns, List<List<String>> rows)
            implements Serializable {
        public boolean table() {
            return !columns.isEmpty();
        }

        public boolean blank() {
            return value == null && rows.isEmpty();
        }
    }

    /** What the page's language says: texts of the plan, yes/no, dates, money. */
    public interface Words {
        String text(LocalizedText text);

        String word(String key);

        String date(LocalDate day);

        String money(BigDecimal yuan);

        /** The page's words: the plan's texts in its language, the bundle's words, dates and yuan as the pages write them. */
        static Words of(Language language, Texts texts) {
            return new Words() {
                @Override
                public String text(LocalizedText text) {
                    return language.text(text);
                }

                @Override
                public String word(String key) {
                    return texts.get(key);
                }

                @Override
                public String date(LocalDate day) {
                    return texts.date(day);
                }

                @Override
                public String money(BigDecimal yuan) {
                    return texts.format("review.money", (yuan.scale() <= 2 ? yuan.setScale(2) : yuan).toPlainString());
                }
            };
        }
    }

    private final Words words;

    public ContentText(Words words) {
        this.words = words;
    }

    public List<Section> sections(FormDefinition form, ApplicationContent content) {
        List<Section> out = new ArrayList<>();
        for (SectionDefinition s : form.sections()) {
            List<Field> fields = new ArrayList<>();
            for (FieldDefinition f : s.fields()) {
                fields.add(field(s, f, content));
            }
            out.add(new Section(s.code(), words.text(s.title()), s.clause(), List.copyOf(fields)));
        }
        return List.copyOf(out);
    }

    private Field field(SectionDefinition s, FieldDefinition f, ApplicationContent content) {
        String label = words.text(f.label());
        if (f.type() == FieldType.ATTACHMENT) {
            return new Field(f.code(), label, words.word(content.hasAttachment(f.attachmentKind())
                    ? "review.attached" : "review.notAttached"), List.of(), List.of());
        }
        Object value = f.bound() ? f.binding().read(content) : content.form().value(s.code(), f.code());
        if (f.type() == FieldType.TABLE) {
            List<String> columns = f.columns().stream().map(c -> words.text(c.label())).toList();
            List<List<String>> rows = new ArrayList<>();
            if (value instanceof Collection<?> list) {
                for (Object row : list) {
                    if (row instanceof Map<?, ?> cells) {
                        rows.add(f.columns().stream().map(c -> {
                            String t = value(c, cells.get(c.code()));
                            return t == null ? "" : t;
                        }).toList());
                    }
                }
            }
            return new Field(f.code(), label, null, columns, List.copyOf(rows));
        }
        return new Field(f.code(), label, value(f, value), List.of(), List.of());
    }

    /** A value as words, or null when not given. */
    private String value(FieldDefinition f, Object v) {
        if (v == null) {
            return null;
        }
        return switch (f.type()) {
            case YES_NO -> v instanceof Boolean b ? words.word(b ? "review.yes" : "review.no") : String.valueOf(v);
            case DATE -> date(v);
            case DATE_RANGE -> v instanceof Map<?, ?> m
                    ? words.date(LocalDate.parse(String.valueOf(m.get("from")))) + " – "
                    + words.date(LocalDate.parse(String.valueOf(m.get("to"))))
                    : String.valueOf(v);
            case MONEY -> v instanceof BigDecimal d ? words.money(d) : String.valueOf(v);
            case INTEGER -> v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
            case SINGLE_CHOICE -> choice(f, String.valueOf(v));
            case MULTIPLE_CHOICE -> v instanceof Collection<?> list
                    ? String.join(words.word("review.listSeparator"), list.stream().map(c -> choice(f, String.valueOf(c))).toList())
                    : choice(f, String.valueOf(v));
            default -> String.valueOf(v);
        };
    }

    private String date(Object v) {
        try {
            return words.date(LocalDate.parse(String.valueOf(v)));
        } catch (java.time.format.DateTimeParseException e) {
            return String.valueOf(v);
        }
    }

    private String choice(FieldDefinition f, String code) {
        ChoiceList list = f.choices();
        return list == null ? code : list.choice(code).map(c -> words.text(c.label())).orElse(code);
    }
}
