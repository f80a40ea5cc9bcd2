package cn.jast.plan.web.society.faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.content.FormValues;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.content.ServedUnitKind;
import cn.jast.plan.domain.form.FieldDefinition;
import cn.jast.plan.domain.form.FieldType;
import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.form.MissingField;
import cn.jast.plan.domain.form.SectionDefinition;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Severity;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.web.application.Attachment;
import cn.jast.plan.web.application.ApplicationService;
import cn.jast.plan.web.application.ApplicationService.DraftCheck;
import cn.jast.plan.web.application.ApplicationService.Opening;
import cn.jast.plan.web.application.AttachmentService;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.plan.PlanService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The society's application wizard (society/application.xhtml). Without an application it offers every
 * category and sub-project of the plan year, each with the limits (LIMIT-1..3) the society's live
 * applications already break for it ({@link ApplicationService#openings}); choosing one creates a draft.
 * With one, it renders the plan year's form of that category and sub-project, a section per step, and
 * saves the whole draft through {@link ApplicationService#revise} whenever a field changes, then asks the
 * draft check ({@link ApplicationService#check}, the one REST answers) for the violations, warnings and
 * missing fields, shown beside the field they concern ({@link RuleFields}) and in a summary. What the
 * service refuses (a bad value by its path, a stale version) is shown the same way, and the bean adds no
 * check of its own. Attachments go through {@link AttachmentService}; their kinds are then declared in the
 * draft's {@code attachments}. Submission shows the fingerprint first; after it the content is read-only.
 */
@Named("wizard")
@ViewScoped
public class ApplicationWizard implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    AttachmentService attachmentService;

    @Inject
    PlanService plans;

    @Inject
    Language language;

    @Inject
    Texts texts;

    /** A choice of a list, in the page's language. */
    public record Option(String code, String label) implements Serializable {
    }

    /** A category or sub-project the society may choose, or why LIMIT-1..3 rule it out. */
    public record Choosable(String category, String subProject, String name, boolean open, List<Note> reasons)
            implements Serializable {
    }

    /** A category with its choosable entries. */
    public record CategoryChoice(String code, int number, String name, List<Choosable> entries) implements Serializable {
    }

    /**
     * One piece of feedback: {@code kind} is refusal (a rule refuses), warning (a rule warns, does not
     * block), missing (a required field is empty) or invalid (the service refused a value).
     */
    public record Note(String kind, String head, String text, int step) implements Serializable {
    }

    /** A stored attachment as the page lists it. */
    public record AttachmentRow(String kind, String fileName, String size, String sha256) implements Serializable {
    }

    /** An attachment kind the form asks for, and whether one is attached. */
    public record RequiredKind(String kind, String label, boolean required, boolean attached) implements Serializable {
    }

    /** A step of the wizard: a section of the form, then the attachments, then the submission. */
    public record Step(int index, String title, String clause, int notes) implements Serializable {
    }

    /** A field of the form (or a cell of a table row) with what is typed into it. */
    public static final class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String section;
        private final String code;
        private final FieldType type;
        private final String path;
        private final boolean required;
        private final String label;
        private final String help;
        private final String clause;
        private final Integer maxLength;
        private final List<Option> options;
        private final String attachmentKind;
        private final String binding;
        private final List<Field> columns;
        private String text;
        private Integer integer;
        private BigDecimal money;
        private LocalDate date;
        private LocalDate from;
        private LocalDate to;
        private Boolean yes;
        private List<String> many = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        Field(String section, FieldDefinition d, String path, String clause, Language language) {
            this.section = section;
            this.code = d.code();
            this.type = d.type();
            this.path = path;
            this.required = d.required();
            this.label = language.text(d.label());
            this.help = d.help() == null ? null : language.text(d.help());
            this.clause = clause;
            this.maxLength = d.maxLength();
            this.options = d.choices() == null ? List.of()
                    : d.choices().choices().stream().map(c -> new Option(c.code(), language.text(c.label()))).toList();
            this.attachmentKind = d.attachmentKind() == null ? null : d.attachmentKind().name();
            this.binding = d.binding() == null ? null : d.binding().path();
            this.columns = d.columns().stream().map(c -> new Field(section, c, path + "." + c.code(), clause, language))
                    .toList();
        }

        private Field(Field column, String path) {
            this.section = column.section;
            this.code = column.code;
            this.type = column.type;
            this.path = path;
            this.required = column.required;
            this.label = column.label;
            this.help = column.help;
            this.clause = column.clause;
            this.maxLength = column.maxLength;
            this.options = column.options;
            this.attachmentKind = null;
            this.binding = null;
            this.columns = List.of();
        }

        /** The value as the form's JSON holds it (text, number, true/false, ISO date, list, object), or null. */
        Object value() {
            return switch (type) {
                case SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE -> text;
                case INTEGER -> integer;
                case MONEY -> money;
                case DATE -> date == null ? null : date.toString();
                case DATE_RANGE -> {
                    Map<String, Object> range = new TreeMap<>();
                    if (from != null) {
                        range.put("from", from.toString());
                    }
                    if (to != null) {
                        range.put("to", to.toString());
                    }
                    yield range.isEmpty() ? null : range;
                }
                case MULTIPLE_CHOICE -> many == null || many.isEmpty() ? null : List.copyOf(many);
                case YES_NO -> yes;
                case TABLE -> {
                    List<Object> list = new ArrayList<>();
                    for (Row r : rows) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (Field cell : r.cells) {
                            Object v = cell.value();
                            if (v != null) {
                                row.put(cell.code, v);
                            }
                        }
                        list.add(row);
                    }
                    yield list.isEmpty() ? null : list;
                }
                case ATTACHMENT -> null;
            };
        }

        /** Fills the field from the value its JSON holds (as {@link #value()} writes it). */
        void read(Object v) {
            if (v == null) {
                return;
            }
            switch (type) {
                case SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE -> text = String.valueOf(v);
                case INTEGER -> integer = v instanceof BigDecimal d ? Integer.valueOf(d.intValue())
                        : v instanceof Number n ? Integer.valueOf(n.intValue()) : null;
                case MONEY -> money = v instanceof BigDecimal d ? d : null;
                case DATE -> date = date(v);
                case DATE_RANGE -> {
                    if (v instanceof Map<?, ?> m) {
                        from = date(m.get("from"));
                        to = date(m.get("to"));
                    }
                }
                case MULTIPLE_CHOICE -> {
                    many = new ArrayList<>();
                    if (v instanceof List<?> l) {
                        l.forEach(x -> many.add(String.valueOf(x)));
                    }
                }
                case YES_NO -> yes = v instanceof Boolean b ? b : null;
                case TABLE -> {
                    rows.clear();
                    if (v instanceof List<?> l) {
                        for (Object item : l) {
                            Row r = addRow();
                            if (item instanceof Map<?, ?> m) {
                                for (Field cell : r.cells) {
                                    cell.read(m.get(cell.code));
                                }
                            }
                        }
                    }
                }
                case ATTACHMENT -> {
                }
            }
        }

        private static LocalDate date(Object v) {
            try {
                return v == null ? null : LocalDate.parse(String.valueOf(v));
            } catch (java.time.format.DateTimeParseException e) {
                return null; // a stored value that is no date is shown empty; the check names it
            }
        }

        Row addRow() {
            int i = rows.size();
            Row r = new Row(columns.stream().map(c -> new Field(c, path + "[" + i + "]." + c.code)).toList());
            rows.add(r);
            return r;
        }

        void removeRow(Row row) {
            rows.remove(row);
            // the cells' paths follow their row's new position
            List<List<Object>> values = new ArrayList<>();
            for (Row r : rows) {
                values.add(r.cells.stream().map(Field::value).toList());
            }
            rows.clear();
            for (List<Object> v : values) {
                Row r = addRow();
                for (int c = 0; c < v.size(); c++) {
                    r.cells.get(c).read(v.get(c));
                }
            }
        }

        /** The value as a read-only page shows it (labels of choices, yes/no in words). */
        public String display(Texts texts) {
            return switch (type) {
                case SINGLE_CHOICE -> text == null ? "" : labelOf(text);
                case MULTIPLE_CHOICE -> String.join("、", many.stream().map(this::labelOf).toList());
                case YES_NO -> yes == null ? "" : texts.get(yes ? "profile.yes" : "profile.no");
                case DATE_RANGE -> (from == null ? "" : from.toString()) + " – " + (to == null ? "" : to.toString());
                case INTEGER -> integer == null ? "" : integer.toString();
                case MONEY -> money == null ? "" : money.toPlainString();
                case DATE -> date == null ? "" : date.toString();
                default -> text == null ? "" : text;
            };
        }

        private String labelOf(String optionCode) {
            return options.stream().filter(o -> o.code().equals(optionCode)).map(Option::label).findFirst().orElse(optionCode);
        }

        /** An id for the page's components and the tests: the path with its dots and brackets replaced. */
        public String getDomId() {
            return path.replaceAll("[^A-Za-z0-9]", "_");
        }

        public String getSection() {
            return section;
        }

        public String getCode() {
            return code;
        }

        public String getType() {
            return type.name();
        }

        public String getPath() {
            return path;
        }

        public boolean isRequired() {
            return required;
        }

        public String getLabel() {
            return label;
        }

        public String getHelp() {
            return help;
        }

        public String getClause() {
            return clause;
        }

        public Integer getMaxLength() {
            return maxLength;
        }

        public List<Option> getOptions() {
            return options;
        }

        public String getAttachmentKind() {
            return attachmentKind;
        }

        public boolean isBound() {
            return binding != null;
        }

        public List<Field> getColumns() {
            return columns;
        }

        public List<Row> getRows() {
            return rows;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getInteger() {
            return integer;
        }

        public void setInteger(Integer integer) {
            this.integer = integer;
        }

        public BigDecimal getMoney() {
            return money;
        }

        public void setMoney(BigDecimal money) {
            this.money = money;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public Boolean getYes() {
            return yes;
        }

        public void setYes(Boolean yes) {
            this.yes = yes;
        }

        public List<String> getMany() {
            return many;
        }

        public void setMany(List<String> many) {
            this.many = many == null ? new ArrayList<>() : new ArrayList<>(many);
        }
    }

    /** A row of a table field. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<Field> cells;

        Row(List<Field> cells) {
            this.cells = List.copyOf(cells);
        }

        public List<Field> getCells() {
            return cells;
        }
    }

    /** A section of the form with its fields. */
    public record Section(String code, String title, String clause, List<Field> fields) implements Serializable {
    }

    /**
     * The flash key of what the page says after a step that opens it again (submitted, withdrawn). Shown in a
     * status line of the page's own, not in PrimeFaces' global messages, whose items (li role="alert" in a ul)
     * axe-core counts as a broken list.
     */
    private static final String NOTICE = "jast.wizard.notice";

    private String notice;
    private String id;
    private int year;
    private String category;
    private String subProject;
    private String projectName;
    private ApplicationState state;
    private long version;
    private String fingerprint;
    private String submittedAt;
    private String zoneOffset;
    private List<CategoryChoice> choices;
    private List<Section> sections = List.of();
    private int step;
    private transient ApplicationContent loaded;
    private List<AttachmentKind> declaredAttachments;
    private List<AttachmentRow> stored = List.of();
    private List<RequiredKind> requiredKinds = List.of();
    private String uploadKind;
    private final Map<String, List<Note>> notes = new HashMap<>();
    private List<Note> violations = List.of();
    private List<Note> warnings = List.of();
    private List<Note> missing = List.of();
    private List<Note> invalid = List.of();
    private List<Note> elsewhere = List.of();
    private boolean checked;
    private boolean submittable;
    private String confirmFingerprint;

    /** f:viewAction: the chooser, or the application named by ?id=. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        Object flashed = context.getExternalContext().getFlash().get(NOTICE);
        notice = flashed == null ? null : flashed.toString();
        try {
            if (id == null || id.isBlank()) {
                id = null;
                loadChoices();
            } else {
                read(applications.get(id));
                refresh();
            }
        } catch (RuntimeException e) {
            id = null;
            sections = List.of();
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
        }
    }

    private void loadChoices() {
        PlanYear plan = plans.latest();
        year = plan.year();
        Map<String, List<Choosable>> byCategory = new LinkedHashMap<>();
        for (Opening o : applications.openings(year)) {
            Category c = plan.category(o.category()).orElseThrow();
            String name = o.subProject() == null ? language.text(c.name())
                    : c.subProject(o.subProject()).map(s -> language.text(s.name())).orElse(o.subProject());
            byCategory.computeIfAbsent(o.category(), k -> new ArrayList<>()).add(new Choosable(o.category(), o.subProject(),
                    name, o.open(), o.ruledOut().stream().map(v -> note("refusal", v, -1)).toList()));
        }
        List<CategoryChoice> list = new ArrayList<>();
        for (Category c : plan.categories()) {
            list.add(new CategoryChoice(c.code(), c.number(), language.text(c.name()),
                    List.copyOf(byCategory.getOrDefault(c.code(), List.of()))));
        }
        choices = list;
    }

    /** Starts a draft of the chosen category and sub-project and opens it. */
    public String start(String chosenCategory, String chosenSubProject) {
        FacesContext context = FacesContext.getCurrentInstance();
        // EL hands a missing sub-project over as ""
        String sub = chosenSubProject == null || chosenSubProject.isBlank() ? null : chosenSubProject;
        try {
            applications.planForNewDraft(year);
            Application draft = applications.create(year, new ApplicationContent(chosenCategory, sub,
                    null, null, null, null, null, null, null, null, null));
            return "/society/application?faces-redirect=true&id=" + draft.id().value();
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
            return null;
        }
    }

    private void read(Application a) {
        PlanYear plan = plans.plan(a.planYear());
        id = a.id().value();
        year = a.planYear();
        category = a.category();
        subProject = a.subProject();
        state = a.state();
        version = a.version();
        loaded = a.content();
        declaredAttachments = a.content().attachments() == null ? List.of() : a.content().attachments();
        fingerprint = a.fingerprint() == null ? null : a.fingerprint().hex();
        submittedAt = a.submittedAt() == null ? null : texts.dateTime(a.submittedAt(), plan);
        zoneOffset = a.submittedAt() == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("xxx").format(a.submittedAt().atZone(plan.zone()));
        Category c = plan.category(category).orElseThrow();
        projectName = language.text(c.name()) + (subProject == null ? ""
                : " · " + c.subProject(subProject).map(s -> language.text(s.name())).orElse(subProject));
        FormDefinition form = plan.form(category, subProject).orElseThrow();
        List<Section> list = new ArrayList<>();
        for (SectionDefinition s : form.sections()) {
            List<Field> fields = new ArrayList<>();
            for (FieldDefinition d : s.fields()) {
                String path = d.binding() == null ? "form." + s.code() + "." + d.code()
                        : d.type() == FieldType.ATTACHMENT ? "attachment:" + d.attachmentKind().name() : d.binding().path();
                Field f = new Field(s.code(), d, path, s.clauseOf(d), language);
                if (d.type() != FieldType.ATTACHMENT) {
                    f.read(d.binding() == null ? a.content().form().value(s.code(), d.code()) : d.binding().read(a.content()));
                }
                fields.add(f);
            }
            list.add(new Section(s.code(), language.text(s.title()), s.clause(), List.copyOf(fields)));
        }
        sections = List.copyOf(list);
    }

    /** Reads the attachments and the draft check again. */
    private void refresh() {
        List<AttachmentRow> rows = new ArrayList<>();
        Set<String> attachedKinds = new LinkedHashSet<>();
        for (Attachment s : attachmentService.list(id)) {
            rows.add(new AttachmentRow(kindLabel(s.kind()), s.fileName(), size(s.size()), s.sha256()));
            attachedKinds.add(s.kind());
        }
        stored = List.copyOf(rows);
        List<RequiredKind> kinds = new ArrayList<>();
        for (Section s : sections) {
            for (Field f : s.fields()) {
                if (f.attachmentKind != null) {
                    kinds.add(new RequiredKind(f.attachmentKind, f.label, f.required,
                            declaredAttachments.contains(AttachmentKind.valueOf(f.attachmentKind))));
                }
            }
        }
        requiredKinds = List.copyOf(kinds);
        if (uploadKind == null) {
            uploadKind = kinds.stream().filter(k -> !k.attached()).map(RequiredKind::kind).findFirst()
                    .orElse(AttachmentKind.WORK_PLAN.name());
        }
        if (state == ApplicationState.DRAFT) {
            check();
        }
    }

    /** The draft check of the stored draft, sorted beside the fields and into the summary. */
    private void check() {
        DraftCheck c = applications.check(id);
        notes.clear();
        Map<String, Integer> steps = stepsOfPaths();
        List<Note> refused = new ArrayList<>();
        List<Note> warned = new ArrayList<>();
        List<Note> others = new ArrayList<>();
        for (Violation v : c.evaluation().violations()) {
            placeRule(v, steps, refused, others);
        }
        for (Violation v : c.evaluation().warnings()) {
            placeRule(v, steps, warned, others);
        }
        List<Note> empty = new ArrayList<>();
        for (MissingField m : c.missing()) {
            String path = "attachments".equals(m.path()) ? attachmentPath(m) : tablePath(m.path());
            int st = steps.getOrDefault(path, -1);
            Note n = new Note("missing", texts.get("wizard.missing.head"),
                    language.text(m.sectionTitle()) + " · " + label(m), st);
            empty.add(n);
            notes.computeIfAbsent(path, k -> new ArrayList<>()).add(n);
        }
        violations = List.copyOf(refused);
        warnings = List.copyOf(warned);
        missing = List.copyOf(empty);
        elsewhere = List.copyOf(others);
        checked = true;
        submittable = c.submittable();
        // the service's refusal of the last change stays beside its field until a save passes
        for (Map.Entry<String, List<Note>> e : invalidByPath.entrySet()) {
            notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(0, e.getValue());
        }
    }

    private String label(MissingField m) {
        String l = language.text(m.label());
        int dot = m.field().indexOf('.');
        if (dot > 0) {
            // a cell of a table row: the table's label, the row's number, the column's label
            int i = m.path().lastIndexOf('[');
            String row = i < 0 ? "" : m.path().substring(i + 1, m.path().indexOf(']', i));
            String table = sections.stream().flatMap(s -> s.fields().stream())
                    .filter(f -> f.path.equals(tablePath(m.path()))).map(Field::getLabel).findFirst().orElse("");
            return texts.format("wizard.missing.cell", table, row.isEmpty() ? 0 : Integer.parseInt(row) + 1, l);
        }
        return l;
    }

    private void placeRule(Violation v, Map<String, Integer> steps, List<Note> list, List<Note> others) {
        List<String> paths = RuleFields.of(v.rule()).stream().filter(steps::containsKey).toList();
        int st = paths.isEmpty() ? -1 : steps.get(paths.get(0));
        Note n = note(v.severity() == Severity.WARNING ? "warning" : "refusal", v, st);
        list.add(n);
        for (String p : paths) {
            notes.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
        }
        if (paths.isEmpty()) {
            others.add(n);
        }
    }

    private Note note(String kind, Violation v, int step) {
        String head = new java.text.MessageFormat(refusalText("rule"), language.getLocale())
                .format(new Object[] {v.rule(), v.clause()});
        return new Note(kind, head, language.text(v.message()), step);
    }

    private String refusalText(String key) {
        return java.util.ResourceBundle.getBundle(RefusalMessages.BUNDLE, language.isEnglish() ? Locale.ENGLISH : Locale.CHINESE,
                RefusalMessages.class.getClassLoader(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }

    /** Each field's path (and each attachment kind's) to its step. */
    private Map<String, Integer> stepsOfPaths() {
        Map<String, Integer> steps = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            for (Field f : sections.get(i).fields()) {
                steps.put(f.path, i);
                if (f.attachmentKind != null) {
                    steps.put("attachments", getAttachmentsStep());
                }
            }
        }
        steps.putIfAbsent("attachments", getAttachmentsStep());
        return steps;
    }

    private String attachmentPath(MissingField m) {
        for (Section s : sections) {
            if (s.code().equals(m.section())) {
                for (Field f : s.fields()) {
                    if (f.code.equals(m.field()) && f.attachmentKind != null) {
                        return f.path;
                    }
                }
            }
        }
        return "attachments";
    }

    /** A table cell's path (form.team.members[0].name) to its table's (form.team.members). */
    private static String tablePath(String path) {
        int i = path.indexOf('[');
        return i < 0 ? path : path.substring(0, i);
    }

    private final Map<String, List<Note>> invalidByPath = new HashMap<>();

    /** p:ajax on every field: saves the whole draft, then checks it. */
    public void changed() {
        notice = null;
        save();
    }

    private boolean save() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (id == null || state != ApplicationState.DRAFT) {
            return false;
        }
        boolean saved;
        invalidByPath.clear();
        try {
            Application a = applications.revise(id, content(), version);
            version = a.version();
            loaded = a.content();
            saved = true;
            invalid = List.of();
        } catch (RuntimeException e) {
            saved = false;
            Map<String, Integer> steps = stepsOfPaths();
            List<Note> bad = new ArrayList<>();
            for (RefusalMessages.Placed p : RefusalMessages.messages(e, language.getLocale(), path -> path)) {
                FacesMessage m = p.message();
                String path = p.clientId() == null ? null : tablePath(p.clientId());
                if (path != null && steps.containsKey(path)) {
                    Note n = new Note("invalid", texts.format("wizard.invalid.head", fieldLabel(path)),
                            inPageLanguage(m.getDetail()), steps.get(path));
                    bad.add(n);
                    invalidByPath.computeIfAbsent(path, k -> new ArrayList<>()).add(n);
                } else {
                    context.addMessage(null, m);
                }
            }
            invalid = List.copyOf(bad);
        }
        check();
        return saved;
    }

    /** What the form's validation says of a value (in English), in the page's words. */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> FIELD_ERRORS = List.of(
            Map.entry(java.util.regex.Pattern.compile("must be at most (\\d+) characters, was (\\d+)"), "wizard.invalid.length"),
            Map.entry(java.util.regex.Pattern.compile("must not hold the control character (U\\+[0-9A-F]+)"), "wizard.invalid.control"),
            Map.entry(java.util.regex.Pattern.compile("must be a whole number.*"), "wizard.invalid.integer"),
            Map.entry(java.util.regex.Pattern.compile("must be yuan with at most two decimals.*"), "wizard.invalid.fen"),
            Map.entry(java.util.regex.Pattern.compile("must not be negative.*"), "wizard.invalid.negative"),
            Map.entry(java.util.regex.Pattern.compile("must be at least (\\S+), was (\\S+)"), "wizard.invalid.min"),
            Map.entry(java.util.regex.Pattern.compile("must be at most (\\S+), was (\\S+)"), "wizard.invalid.max"),
            Map.entry(java.util.regex.Pattern.compile("must be a date.*"), "wizard.invalid.date"));

    private String inPageLanguage(String detail) {
        if (detail == null || language.isEnglish()) {
            return detail;
        }
        for (Map.Entry<java.util.regex.Pattern, String> e : FIELD_ERRORS) {
            java.util.regex.Matcher m = e.getKey().matcher(detail);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return new java.text.MessageFormat(texts.get(e.getValue()), language.getLocale()).format(groups);
            }
        }
        return texts.get("wizard.invalid.other");
    }

    private String fieldLabel(String path) {
        return sections.stream().flatMap(s -> s.fields().stream()).filter(f -> f.path.equals(path))
                .map(Field::getLabel).findFirst().orElse(path);
    }

    /** The draft's content as the form now holds it: the facts of bound fields, the rest in the form's sections. */
    ApplicationContent content() {
        ApplicationContent c = loaded != null ? loaded : applications.get(id).content();
        Map<String, Object> facts = new HashMap<>();
        Map<String, Map<String, Object>> form = new LinkedHashMap<>();
        // what the stored draft has in sections this form shows is replaced; anything else is kept as it was
        c.form().sections().forEach((s, fields) -> form.put(s, new LinkedHashMap<>(fields)));
        for (Section s : sections) {
            for (Field f : s.fields()) {
                if (f.attachmentKind != null) {
                    continue;
                }
                if (f.binding != null) {
                    facts.put(f.binding, f.type == FieldType.DATE ? f.date : f.value());
                } else {
                    Map<String, Object> values = form.computeIfAbsent(s.code(), k -> new LinkedHashMap<>());
                    Object v = f.value();
                    if (v == null) {
                        values.remove(f.code);
                    } else {
                        values.put(f.code, v);
                    }
                }
            }
        }
        ApplicationContent.Event e = c.event();
        ApplicationContent.Event event = e;
        if (facts.keySet().stream().anyMatch(k -> k.startsWith("event."))) {
            event = new ApplicationContent.Event(
                    fact(facts, "event.code", e == null ? null : e.code()),
                    fact(facts, "event.name", e == null ? null : e.name()),
                    fact(facts, "event.startDate", e == null ? null : e.startDate()),
                    fact(facts, "event.endDate", e == null ? null : e.endDate()),
                    fact(facts, "event.inJiangsu", e == null ? null : e.inJiangsu()),
                    facts.containsKey("event.hostRole") ? code(HostRole.class, facts.get("event.hostRole"))
                            : e == null ? null : e.hostRole(),
                    fact(facts, "event.international", e == null ? null : e.international()),
                    fact(facts, "event.plannedParticipants", e == null ? null : e.plannedParticipants()),
                    fact(facts, "event.plannedForeignParticipants", e == null ? null : e.plannedForeignParticipants()),
                    fact(facts, "event.plannedForeignCountries", e == null ? null : e.plannedForeignCountries()));
            if (Objects.equals(event, new ApplicationContent.Event(null, null, null, null, null, null, null, null, null, null))) {
                event = null;
            }
        }
        ApplicationContent.ServedUnit u = c.servedUnit();
        ApplicationContent.ServedUnit unit = u;
        if (facts.keySet().stream().anyMatch(k -> k.startsWith("servedUnit."))) {
            unit = new ApplicationContent.ServedUnit(
                    fact(facts, "servedUnit.name", u == null ? null : u.name()),
                    facts.containsKey("servedUnit.kind") ? code(ServedUnitKind.class, facts.get("servedUnit.kind"))
                            : u == null ? null : u.kind(),
                    fact(facts, "servedUnit.inJiangsu", u == null ? null : u.inJiangsu()));
            if (unit.name() == null && unit.kind() == null && unit.inJiangsu() == null) {
                unit = null;
            }
        }
        return new ApplicationContent(c.category(), c.subProject(),
                fact(facts, "title", c.title()),
                fact(facts, "declaredNotInKechuangJiangsu", c.declaredNotInKechuangJiangsu()),
                event,
                fact(facts, "journalCn", c.journalCn()),
                fact(facts, "continuingJournalProject", c.continuingJournalProject()),
                fact(facts, "awardName", c.awardName()),
                unit,
                fact(facts, "activitiesInJiangsu", c.activitiesInJiangsu()),
                declaredAttachments.isEmpty() && c.attachments() == null ? null : declaredAttachments,
                FormValues.of(form));
    }

    @SuppressWarnings("unchecked")
    private static <T> T fact(Map<String, Object> facts, String path, T otherwise) {
        return facts.containsKey(path) ? (T) facts.get(path) : otherwise;
    }

    private static <E extends Enum<E>> E code(Class<E> type, Object code) {
        return code == null ? null : Enum.valueOf(type, String.valueOf(code));
    }

    /** Adds an empty row to a table. */
    public void addRow(Field table) {
        table.addRow();
        save();
    }

    public void removeRow(Field table, Row row) {
        table.removeRow(row);
        save();
    }

    public void go(int to) {
        if (state == ApplicationState.DRAFT) {
            save();
        }
        step = Math.max(0, Math.min(to, getSubmitStep()));
    }

    public void next() {
        go(step + 1);
    }

    public void previous() {
        go(step - 1);
    }

    /** p:fileUpload: stores the document through AttachmentService and declares its kind in the draft. */
    public void upload(FileUploadEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            attachmentService.upload(id, uploadKind, file.getFileName(), file.getContentType(), file.getSize(), in);
            AttachmentKind kind = AttachmentKind.valueOf(uploadKind);
            if (!declaredAttachments.contains(kind)) {
                List<AttachmentKind> kinds = new ArrayList<>(declaredAttachments);
                kinds.add(kind);
                declaredAttachments = List.copyOf(kinds);
                save();
            }
            notice = texts.format("wizard.attachments.stored.msg", file.getFileName());
            uploadKind = null;
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
        }
    }

    /** Before the confirmation: the fingerprint the content would be submitted with. */
    public void prepareSubmit() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            save();
            confirmFingerprint = applications.fingerprint(id).hex();
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
        }
    }

    /** Submits after the confirmation; the page opens again, read-only, with the fingerprint fixed. */
    public String submit() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            var s = applications.submit(id, version);
            String hex = s.application().fingerprint().hex();
            context.getExternalContext().getFlash().put(NOTICE,
                    texts.get("wizard.submitted") + " " + texts.format("wizard.submitted.detail", grouped(hex)));
            return "/society/application?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            showRefusal(context, e);
            return null;
        }
    }

    /** Withdraws the draft or the submitted application (the service says whether it still may). */
    public String withdraw() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            applications.withdraw(id, version);
            context.getExternalContext().getFlash().put(NOTICE, texts.get("wizard.withdrawn"));
            return "/society/application?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            showRefusal(context, e);
            return null;
        }
    }

    private void showRefusal(FacesContext context, RuntimeException e) {
        if (e instanceof TransitionRefused || RefusalMessages.isRefusal(e)) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
            if (state == ApplicationState.DRAFT) {
                check();
            }
        } else {
            throw e;
        }
    }

    private String kindLabel(String kind) {
        for (Section s : sections) {
            for (Field f : s.fields()) {
                if (kind.equals(f.attachmentKind)) {
                    return f.label;
                }
            }
        }
        return texts.bundle().containsKey("attachmentKind." + kind) ? texts.get("attachmentKind." + kind) : kind;
    }

    private String size(long bytes) {
        return texts.size(bytes);
    }

    // ---- for the page ----

    public List<Note> notesOf(String path) {
        return notes.getOrDefault(path, List.of());
    }

    public List<Step> getSteps() {
        List<Step> list = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int n = 0;
            for (Field f : s.fields()) {
                n += notesOf(f.path).size();
            }
            list.add(new Step(i, s.title(), s.clause(), n));
        }
        list.add(new Step(getAttachmentsStep(), texts.get("wizard.step.attachments"), null,
                (int) requiredKinds.stream().filter(k -> k.required() && !k.attached()).count()));
        list.add(new Step(getSubmitStep(), texts.get("wizard.step.submit"), null, 0));
        return list;
    }

    public List<Option> getAttachmentKinds() {
        List<Option> list = new ArrayList<>();
        for (AttachmentKind k : AttachmentKind.values()) {
            list.add(new Option(k.name(), kindLabel(k.name())));
        }
        return list;
    }

    public String getMaxSize() {
        return size(attachmentService.maxBytes());
    }

    public long getMaxBytes() {
        return attachmentService.maxBytes();
    }

    public String getStepTitle() {
        return getSteps().get(Math.min(step, getSubmitStep())).title();
    }

    public int getAttachmentsStep() {
        return sections.size();
    }

    public int getSubmitStep() {
        return sections.size() + 1;
    }

    public boolean isChooser() {
        return id == null && choices != null;
    }

    public boolean isEditable() {
        return id != null && state == ApplicationState.DRAFT;
    }

    public boolean isReadOnly() {
        return id != null && state != null && state != ApplicationState.DRAFT;
    }

    public boolean isWithdrawable() {
        return state == ApplicationState.DRAFT || state == ApplicationState.SUBMITTED;
    }

    public String getStateText() {
        return state == null ? "" : texts.get("state." + state.name());
    }

    public String display(Field f) {
        return f.display(texts);
    }

    public boolean hasNotes(Collection<?> c) {
        return c != null && !c.isEmpty();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getYear() {
        return year;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getTitle() {
        return loaded == null ? null : loaded.title();
    }

    public String getFingerprint() {
        return fingerprint;
    }

    /** What the page says about the last step that succeeded (an upload, the submission), or null. */
    public String getNotice() {
        return notice;
    }

    public String getZoneOffset() {
        return zoneOffset;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    public List<CategoryChoice> getChoices() {
        return choices;
    }

    public List<Section> getSections() {
        return sections;
    }

    public int getStep() {
        return step;
    }

    public List<AttachmentRow> getStored() {
        return stored;
    }

    public List<RequiredKind> getRequiredKinds() {
        return requiredKinds;
    }

    public String getUploadKind() {
        return uploadKind;
    }

    public void setUploadKind(String uploadKind) {
        this.uploadKind = uploadKind;
    }

    public List<Note> getViolations() {
        return violations;
    }

    public List<Note> getWarnings() {
        return warnings;
    }

    public List<Note> getMissing() {
        return missing;
    }

    public List<Note> getInvalid() {
        return invalid;
    }

    public List<Note> getElsewhere() {
        return elsewhere;
    }

    public boolean isChecked() {
        return checked;
    }

    public boolean isSubmittable() {
        return submittable;
    }

    public String getConfirmFingerprint() {
        return confirmFingerprint;
    }

    /** The fingerprint in groups of eight hex digits, as the paper copy prints it. */
    public String grouped(String hex) {
        return hex == null ? "" : new cn.jast.plan.domain.application.Fingerprint(hex).grouped();
    }
}
