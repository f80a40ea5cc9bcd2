package cn.jast.plan.domain.form;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.content.ServedUnitKind;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * A form field that is one of the facts the rules read (the fields of the application named in
 * API.md). Such a field's value is not kept in the form's sections but in that fact, at the path
 * API.md gives it, so that the rules, the public check and the form read one value.
 */
public enum FactBinding {
    TITLE("title", FieldType.SHORT_TEXT, null, ApplicationContent::title),
    DECLARED_NOT_IN_KECHUANG_JIANGSU("declaredNotInKechuangJiangsu", FieldType.YES_NO, null,
            ApplicationContent::declaredNotInKechuangJiangsu),
    EVENT_CODE("event.code", FieldType.SHORT_TEXT, null, a -> event(a, ApplicationContent.Event::code)),
    EVENT_NAME("event.name", FieldType.SHORT_TEXT, null, a -> event(a, ApplicationContent.Event::name)),
    EVENT_START_DATE("event.startDate", FieldType.DATE, null, a -> event(a, ApplicationContent.Event::startDate)),
    EVENT_END_DATE("event.endDate", FieldType.DATE, null, a -> event(a, ApplicationContent.Event::endDate)),
    EVENT_IN_JIANGSU("event.inJiangsu", FieldType.YES_NO, null, a -> event(a, ApplicationContent.Event::inJiangsu)),
    EVENT_HOST_ROLE("event.hostRole", FieldType.SINGLE_CHOICE, HostRole.class,
            a -> event(a, ApplicationContent.Event::hostRole)),
    EVENT_INTERNATIONAL("event.international", FieldType.YES_NO, null,
            a -> event(a, ApplicationContent.Event::international)),
    EVENT_PLANNED_PARTICIPANTS("event.plannedParticipants", FieldType.INTEGER, null,
            a -> event(a, ApplicationContent.Event::plannedParticipants)),
    EVENT_PLANNED_FOREIGN_PARTICIPANTS("event.plannedForeignParticipants", FieldType.INTEGER, null,
            a -> event(a, ApplicationContent.Event::plannedForeignParticipants)),
    EVENT_PLANNED_FOREIGN_COUNTRIES("event.plannedForeignCountries", FieldType.INTEGER, null,
            a -> event(a, ApplicationContent.Event::plannedForeignCountries)),
    JOURNAL_CN("journalCn", FieldType.SHORT_TEXT, null, ApplicationContent::journalCn),
    CONTINUING_JOURNAL_PROJECT("continuingJournalProject", FieldType.YES_NO, null,
            ApplicationContent::continuingJournalProject),
    AWARD_NAME("awardName", FieldType.SHORT_TEXT, null, ApplicationContent::awardName),
    SERVED_UNIT_NAME("servedUnit.name", FieldType.SHORT_TEXT, null,
            a -> a.servedUnit() == null ? null : a.servedUnit().name()),
    SERVED_UNIT_KIND("servedUnit.kind", FieldType.SINGLE_CHOICE, ServedUnitKind.class,
            a -> a.servedUnit() == null ? null : a.servedUnit().kind()),
    SERVED_UNIT_IN_JIANGSU("servedUnit.inJiangsu", FieldType.YES_NO, null,
            a -> a.servedUnit() == null ? null : a.servedUnit().inJiangsu()),
    ACTIVITIES_IN_JIANGSU("activitiesInJiangsu", FieldType.YES_NO, null, ApplicationContent::activitiesInJiangsu),
    /** An attachment field: given when the application's {@code attachments} hold its kind. */
    ATTACHMENTS("attachments", FieldType.ATTACHMENT, null, a -> null);

    private final String path;
    private final FieldType type;
    private final Class<? extends Enum<?>> codes;
    private final Function<ApplicationContent, Object> reader;

    FactBinding(String path, FieldType type, Class<? extends Enum<?>> codes, Function<ApplicationContent, Object> reader) {
        this.path = path;
        this.type = type;
        this.codes = codes;
        this.reader = reader;
    }

    /** Where the fact sits in the application's JSON (API.md), e.g. {@code event.plannedParticipants}. */
    public String path() {
        return path;
    }

    /** The field type a field bound to this fact must have. */
    public FieldType type() {
        return type;
    }

    /** For a choice: the codes the fact accepts (every choice of the field's list must be one). */
    public Optional<Class<? extends Enum<?>>> codes() {
        return Optional.ofNullable(codes);
    }

    public static Optional<FactBinding> ofPath(String path) {
        return Arrays.stream(values()).filter(b -> b.path.equals(path)).findFirst();
    }

    /**
     * The fact's value in the form's representation (text, number, boolean, the code of a choice,
     * an ISO date), or null when not given. Not for {@link #ATTACHMENTS}, which depends on the kind.
     */
    public Object read(ApplicationContent content) {
        Object v = reader.apply(content);
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        if (v instanceof java.time.LocalDate d) {
            return d.toString();
        }
        return v;
    }

    private static Object event(ApplicationContent a, Function<ApplicationContent.Event, Object> f) {
        return a.event() == null ? null : f.apply(a.event());
    }
}
