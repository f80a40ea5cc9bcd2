package cn.jast.plan.domain.content;


import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a society writes into an application (申报书) and the rules read. A field that is not
 * given is null; only the category is always there.
 *
 * @param declaredNotInKechuangJiangsu LIMIT-5: the applicant declares the project is not also under 科创江苏
 * @param journalCn                    JOURNAL_TIER: the CN number of the journal the application is for
 * @param continuingJournalProject     JOURNAL_TIER: the journal already holds this sub-project from an earlier year
 * @param awardName                    PLATFORM_AWARDS: the award the application is for
 * @param servedUnit                   ECONOMY_B: the grassroots unit the new platform is based at
 * @param activitiesInJiangsu          HEALTH_ELDERLY: the activities take place in Jiangsu
 * @param attachments                  kinds of document attached (null means none given)
 * @param form                         what is written into the form's sections beyond these facts
 *                                     (never null; checked against the plan year's form by
 *                                     {@link cn.jast.plan.domain.form.FormDefinition})
 */
public record ApplicationContent(String category, String subProject, String title,
                                 Boolean declaredNotInKechuangJiangsu, Event event, String journalCn,
                                 Boolean continuingJournalProject, String awardName, ServedUnit servedUnit,
                                 Boolean activitiesInJiangsu, List<AttachmentKind> attachments,
                                 FormValues form) {
    public ApplicationContent {
        Objects.requireNonNull(category, "category");
        attachments = attachments == null ? null : List.copyOf(attachments);
        form = form == null ? FormValues.empty() : form;
    }

    /** Content with nothing written into the form's own sections. */
    public ApplicationContent(String category, String subProject, String title,
                              Boolean declaredNotInKechuangJiangsu, Event event, String journalCn,
                              Boolean continuingJournalProject, String awardName, ServedUnit servedUnit,
                              Boolean activitiesInJiangsu, List<AttachmentKind> attachments) {
        this(category, subProject, title, declaredNotInKechuangJiangsu, event, journalCn, continuingJournalProject,
                awardName, servedUnit, activitiesInJiangsu, attachments, FormValues.empty());
    }

    /** The same content with other form values. */
    public ApplicationContent withForm(FormValues values) {
        return new ApplicationContent(category, subProject, title, declaredNotInKechuangJiangsu, event, journalCn,
                continuingJournalProject, awardName, servedUnit, activitiesInJiangsu, attachments, values);
    }

    /** An academic event declared under category 3 (III.3). */
    public record Event(String code, String name, LocalDate startDate, LocalDate endDate, Boolean inJiangsu,
                        HostRole hostRole, Boolean international, Integer plannedParticipants,
                        Integer plannedForeignParticipants, Integer plannedForeignCountries) {
    }

    /** The grassroots unit a B-class platform serves (III.8.2(2)). */
    public record ServedUnit(String name, ServedUnitKind kind, Boolean inJiangsu) {
    }

    public boolean hasAttachment(AttachmentKind kind) {
        return attachments != null && attachments.contains(kind);
    }
}
