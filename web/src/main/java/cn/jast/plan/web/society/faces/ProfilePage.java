package cn.jast.plan.web.society.faces;

import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyFacts.Award;
import cn.jast.plan.domain.society.SocietyFacts.Journal;
import cn.jast.plan.domain.society.SocietyFacts.Staff;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.security.CurrentUser;
import cn.jast.plan.web.society.SocietyService;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The society's profile (society/profile.xhtml): the facts it declares, editable, and the facts the
 * office records, shown read-only with where they come from. Saving hands the whole profile to
 * SocietyService.updateProfile, the same use case as the REST API's PUT; the office-recorded facts
 * go back exactly as they were read. What the service refuses is shown beside the field it names.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Field paths of the profile (as the service names them) to the page's components. */
    private static final Map<String, String> FIELDS = Map.of(
            "staff.fullTime", "profile:fullTime", "staff.partTime", "profile:partTime",
            "partyWorkingGroup", "profile:partyWorkingGroup", "independentPartyBranch", "profile:independentPartyBranch",
            "professionalSecretariatStaff", "profile:secretariat");

    @Inject
    SocietyService societies;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    /** An editable journal row. */
    public static class JournalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String cn;
        private boolean sponsor;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getCn() {
            return cn;
        }

        public void setCn(String cn) {
            this.cn = cn;
        }

        public boolean isSponsor() {
            return sponsor;
        }

        public void setSponsor(boolean sponsor) {
            this.sponsor = sponsor;
        }
    }

    /** An editable award row. */
    public static class AwardRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private boolean registered;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isRegistered() {
            return registered;
        }

        public void setRegistered(boolean registered) {
            this.registered = registered;
        }
    }

    private String code;
    private long version;
    private SocietyProfile loaded;
    private Boolean partyWorkingGroup;
    private Boolean independentPartyBranch;
    private Integer fullTime;
    private Integer partTime;
    private Boolean secretariat;
    private List<JournalRow> journals = new ArrayList<>();
    private List<AwardRow> awards = new ArrayList<>();

    /** Loads the caller's society (f:viewAction). */
    public void load() {
        if (loaded != null) {
            return;
        }
        code = user.societyCode().orElseThrow();
        Society society = societies.society(code);
        read(society);
    }

    private void read(Society society) {
        version = society.version();
        loaded = society.profile();
        partyWorkingGroup = loaded.partyWorkingGroup();
        independentPartyBranch = loaded.independentPartyBranch();
        fullTime = loaded.staff() == null ? null : loaded.staff().fullTime();
        partTime = loaded.staff() == null ? null : loaded.staff().partTime();
        secretariat = loaded.professionalSecretariatStaff();
        journals = new ArrayList<>();
        if (loaded.journals() != null) {
            for (Journal j : loaded.journals()) {
                JournalRow r = new JournalRow();
                r.title = j.title();
                r.cn = j.cn();
                r.sponsor = Boolean.TRUE.equals(j.sponsor());
                journals.add(r);
            }
        }
        awards = new ArrayList<>();
        if (loaded.awards() != null) {
            for (Award a : loaded.awards()) {
                AwardRow r = new AwardRow();
                r.name = a.name();
                r.registered = Boolean.TRUE.equals(a.registeredWithProvincialDept());
                awards.add(r);
            }
        }
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            SocietyProfile edited = new SocietyProfile(loaded.code(), loaded.name(), loaded.type(),
                    loaded.affiliatedToJast(), loaded.capabilityEvaluations(), loaded.annualInspections(),
                    loaded.integrityIncidents(), loaded.failedAssessments(), partyWorkingGroup, independentPartyBranch,
                    fullTime == null && partTime == null ? null : new Staff(fullTime, partTime), secretariat,
                    journals.stream().map(j -> new Journal(j.title, j.cn, j.sponsor)).toList(),
                    awards.stream().map(a -> new Award(a.name, a.registered)).toList());
            Society saved = societies.updateProfile(code, edited, version);
            read(saved);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("profile.saved"), null));
        } catch (RuntimeException e) {
            // The service's refusal (a bad value, an office-recorded fact, a stale version) beside its field.
            RefusalMessages.show(context, e, RefusalMessages.Fields.of(FIELDS));
        }
    }

    /** The years of the capability evaluations the office recorded (ELIG-2), or "not given". */
    public String evaluationYears() {
        if (loaded.capabilityEvaluations() == null || loaded.capabilityEvaluations().isEmpty()) {
            return texts.get("profile.notGiven");
        }
        return loaded.capabilityEvaluations().stream().map(e -> String.valueOf(e.year()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The annual inspections the office recorded, each with the year it concerns (ELIG-2), or "not given". */
    public String inspections() {
        if (loaded.annualInspections() == null || loaded.annualInspections().isEmpty()) {
            return texts.get("profile.notGiven");
        }
        return loaded.annualInspections().stream()
                .map(r -> r.year() + ": " + (r.result() == null ? texts.get("profile.notGiven")
                        : texts.get("inspection." + r.result())))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public void addJournal() {
        journals.add(new JournalRow());
    }

    public void removeJournal(JournalRow row) {
        journals.remove(row);
    }

    public void addAward() {
        awards.add(new AwardRow());
    }

    public void removeAward(AwardRow row) {
        awards.remove(row);
    }

    public SocietyProfile getLoaded() {
        return loaded;
    }

    public Boolean getPartyWorkingGroup() {
        return partyWorkingGroup;
    }

    public void setPartyWorkingGroup(Boolean v) {
        this.partyWorkingGroup = v;
    }

    public Boolean getIndependentPartyBranch() {
        return independentPartyBranch;
    }

    public void setIndependentPartyBranch(Boolean v) {
        this.independentPartyBranch = v;
    }

    public Integer getFullTime() {
        return fullTime;
    }

    public void setFullTime(Integer v) {
        this.fullTime = v;
    }

    public Integer getPartTime() {
        return partTime;
    }

    public void setPartTime(Integer v) {
        this.partTime = v;
    }

    public Boolean getSecretariat() {
        return secretariat;
    }

    public void setSecretariat(Boolean v) {
        this.secretariat = v;
    }

    public List<JournalRow> getJournals() {
        return journals;
    }

    public List<AwardRow> getAwards() {
        return awards;
    }

    /** A yes/no/not-given fact in the page's language. */
    public String yesNo(Boolean b) {
        return b == null ? texts.get("profile.notGiven") : texts.get(b ? "profile.yes" : "profile.no");
    }
}
