package cn.jast.plan.domain.form;

/** What a form field holds, and so how its value is written in JSON and checked. */
public enum FieldType {
    /** A short text (a name, a number, a line), at most {@code maxLength} characters. */
    SHORT_TEXT,
    /** Paragraphs of text, at most {@code maxLength} characters. */
    LONG_TEXT,
    /** A whole number, optionally between {@code min} and {@code max}. */
    INTEGER,
    /** An amount in yuan with at most two decimals, never negative, optionally at most {@code max}. */
    MONEY,
    /** A date such as {@code 2021-10-15}. */
    DATE,
    /** Two dates {@code {"from": …, "to": …}}, the second not before the first. */
    DATE_RANGE,
    /** One code of the field's choice list. */
    SINGLE_CHOICE,
    /** Codes of the field's choice list, each at most once. */
    MULTIPLE_CHOICE,
    /** true or false. */
    YES_NO,
    /** Rows of typed columns, e.g. team members, budget lines, milestones. */
    TABLE,
    /** A document of one kind, attached to the application (read from its {@code attachments}). */
    ATTACHMENT;

    /** Whether a table column may be of this type (not a table, not an attachment). */
    public boolean allowedInTable() {
        return this != TABLE && this != ATTACHMENT;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
