package cn.jast.plan.web.application.print;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The 申报书 as a document, independent of how it is drawn: what the title block says, whose it is, when it
 * was submitted (in the plan year's zone), its content fingerprint, and the application's content as
 * sections of labelled values and tables. Everything here is final text, in Chinese, ready to print.
 *
 * @param planTitle      the plan year's title (e.g. 2021年度江苏省科协提升学会服务科技创新能力计划)
 * @param guideReference the guide's document number (苏科协发〔2021〕51号)
 * @param title          the application's own title (项目名称); may be blank in a draft
 * @param category       category number and name (三、学术交流建设)
 * @param subProject     the sub-project's name; null for a category without sub-projects
 * @param societyName    the applicant society's name
 * @param societyCode    the applicant society's code
 * @param applicationId  the application's identifier
 * @param state          the application's state, as words
 * @param submittedAt    the electronic submission in the plan year's zone; null before submission
 * @param fingerprint    the content fingerprint fixed at submission; null before
 * @param mark           the mark printed on every page of a document that is not to be posted (草稿 for
 *                       a draft); null for one that is
 * @param sections       the content, in the order of the form
 */
public record PrintedApplication(String planTitle, String guideReference, String title, String category,
                                 String subProject, String societyName, String societyCode, String applicationId,
                                 String state, ZonedDateTime submittedAt, String fingerprint, Mark mark,
                                 List<Section> sections) {

    public PrintedApplication {
        Objects.requireNonNull(planTitle, "planTitle");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(societyName, "societyName");
        Objects.requireNonNull(societyCode, "societyCode");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(state, "state");
        sections = List.copyOf(sections);
        if (fingerprint == null && mark == null) {
            throw new IllegalArgumentException("a document without a fingerprint must carry a mark (it is no paper copy)");
        }
    }

    /** True when the document is not a paper copy to post (a draft): it has a mark and no fingerprint. */
    public boolean marked() {
        return mark != null;
    }

    /** Every text of the document, for checking that the embedded font can draw it. */
    public Stream<String> texts() {
        List<String> all = new ArrayList<>(List.of(planTitle, category, societyName, societyCode, applicationId, state));
        Stream.of(guideReference, title, subProject).filter(Objects::nonNull).forEach(all::add);
        if (mark != null) {
            all.add(mark.word());
            all.add(mark.note());
        }
        for (Section s : sections) {
            all.add(s.heading());
            for (Entry e : s.entries()) {
                if (e instanceof Field f) {
                    all.add(f.label());
                    all.add(f.value());
                } else if (e instanceof Table t) {
                    all.add(t.label());
                    all.addAll(t.columns());
                    t.rows().forEach(all::addAll);
                }
            }
        }
        return all.stream().filter(Objects::nonNull);
    }

    /** The word printed across each page (草稿) and the sentence in its header that says why. */
    public record Mark(String word, String note) {
        public Mark {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(note, "note");
        }
    }

    /** One section of the form (一、基本信息). */
    public record Section(String heading, List<Entry> entries) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            entries = List.copyOf(entries);
        }
    }

    /** What a section holds: labelled values and tables. */
    public sealed interface Entry permits Field, Table {
    }

    /** A labelled value; an empty value prints as a blank to fill in. */
    public record Field(String label, String value) implements Entry {
        public Field {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** A table: its caption, column headings and rows (each as wide as the columns). */
    public record Table(String label, List<String> columns, List<List<String>> rows) implements Entry {
        public Table {
            Objects.requireNonNull(label, "label");
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table has columns");
            }
            List<List<String>> checked = new ArrayList<>();
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + label + " has " + r.size() + " cells, not "
                            + columns.size());
                }
                checked.add(r.stream().map(c -> c == null ? "" : c).toList());
            }
            rows = List.copyOf(checked);
        }
    }
}
