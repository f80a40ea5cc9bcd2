package cn.jast.plan.domain.kechuang;

import cn.jast.plan.domain.support.Texts;

import java.util.Objects;

/**
 * One project of the 科创江苏 list as the office imported it: the row it came from (the header is row 1),
 * the society by its code, its name or both, and the project title, each as written in the file (trimmed).
 */
public record KechuangEntry(int row, String societyCode, String societyName, String title) {
    public KechuangEntry {
        if (row < 2) {
            throw new IllegalArgumentException("an entry comes from a row after the header: " + row);
        }
        societyCode = blankToNull(societyCode);
        societyName = blankToNull(societyName);
        Objects.requireNonNull(title, "title");
        if (KechuangText.normalized(title).isEmpty()) {
            throw new IllegalArgumentException("an entry has a title");
        }
        if (societyCode == null && (societyName == null || KechuangText.normalized(societyName).isEmpty())) {
            throw new IllegalArgumentException("an entry names the society by code or name");
        }
    }

    /** The title as the cross-check compares it ({@link KechuangText#normalized}). */
    public String titleKey() {
        return KechuangText.normalized(title);
    }

    /** How this entry names the given society, if it does: by its code first, else by its name. */
    public java.util.Optional<MatchedBy> names(String code, String name) {
        if (societyCode != null && code != null && Texts.normalizedName(societyCode).equals(Texts.normalizedName(code))) {
            return java.util.Optional.of(MatchedBy.SOCIETY_CODE);
        }
        if (societyName != null && name != null) {
            String mine = KechuangText.normalized(societyName);
            if (!mine.isEmpty() && mine.equals(KechuangText.normalized(name))) {
                return java.util.Optional.of(MatchedBy.SOCIETY_NAME);
            }
        }
        return java.util.Optional.empty();
    }

    /** The society as the list names it, for people to read: the name, else the code. */
    public String listedSociety() {
        return societyName != null ? societyName : societyCode;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the society was recognised by its code or by its normalised name. */
    public enum MatchedBy {
        SOCIETY_CODE,
        SOCIETY_NAME
    }
}
