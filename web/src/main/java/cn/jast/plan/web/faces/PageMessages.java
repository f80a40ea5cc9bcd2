package cn.jast.plan.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page's global messages (those for no component), grouped by severity, the most severe first, as
 * the layout shows them. The layout renders these groups itself in place of {@code p:messages}, whose
 * markup breaks the accessibility check's {@code list} rule (its close link sits inside the list); the
 * look stays PrimeFaces' ({@code ui-messages-error} and so on), so pages and tests see the same classes.
 */
@Named
@RequestScoped
public class PageMessages {

    /** One severity's messages; errors and warnings are announced at once (role alert), the rest politely. */
    public record Group(String severity, List<Line> lines) {
        public String getSeverity() {
            return severity;
        }

        public List<Line> getLines() {
            return lines;
        }

        public String getRole() {
            return severity.equals("error") || severity.equals("fatal") || severity.equals("warn") ? "alert" : "status";
        }
    }

    /** A message's summary and its detail; the detail is blank where it only repeats the summary. */
    public record Line(String summary, String detail) {
        public String getSummary() {
            return summary;
        }

        public String getDetail() {
            return detail;
        }
    }

    private List<Group> groups;

    /**
     * The groups as the page renders them. They are kept only once the response renders: a request's
     * earlier phases visit the layout too (an Ajax request that processes the form), before the action
     * has added its messages.
     */
    public List<Group> getGroups() {
        if (groups != null) {
            return groups;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return List.of();
        }
        List<Group> current = group(faces.getMessageList(null));
        if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            groups = current;
        }
        return current;
    }

    /** Groups messages by severity, the most severe first, each group in the order the messages were added. */
    static List<Group> group(List<FacesMessage> messages) {
        Map<FacesMessage.Severity, List<Line>> bySeverity =
                new TreeMap<>(Comparator.comparingInt(FacesMessage.Severity::getOrdinal).reversed());
        for (FacesMessage message : messages) {
            String summary = message.getSummary() == null ? "" : message.getSummary();
            String detail = message.getDetail() == null || message.getDetail().equals(summary) ? "" : message.getDetail();
            bySeverity.computeIfAbsent(message.getSeverity(), s -> new ArrayList<>()).add(new Line(summary, detail));
        }
        List<Group> result = new ArrayList<>();
        bySeverity.forEach((severity, lines) -> result.add(new Group(name(severity), List.copyOf(lines))));
        return List.copyOf(result);
    }

    private static String name(FacesMessage.Severity severity) {
        if (severity == FacesMessage.SEVERITY_FATAL) {
            return "fatal";
        }
        if (severity == FacesMessage.SEVERITY_ERROR) {
            return "error";
        }
        if (severity == FacesMessage.SEVERITY_WARN) {
            return "warn";
        }
        return "info";
    }
}
