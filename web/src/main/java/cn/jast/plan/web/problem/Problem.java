package cn.jast.plan.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error answer as RFC 9457 "Problem Details for HTTP APIs" defines it, written by JSON-B as
 * {@code application/problem+json}. Every error of the API is one of these; none carries a stack trace
 * or an exception's class name.
 *
 * <p>Beyond the standard members ({@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}) it may carry:
 * <ul>
 * <li>{@code incident}: the identifier under which an unexpected failure was logged on the server;</li>
 * <li>{@code errors}: bad input, one entry per offending field;</li>
 * <li>{@code violations}: a breach of the plan guide's rules, one entry per violated rule with its clause
 *     and a message in Chinese and English, all of them, not only the first;</li>
 * <li>{@code missingFields}: required fields of the application form left empty (a refused submission),
 *     each with its path, section and clause.</li>
 * </ul>
 * Absent members are left out of the JSON (JSON-B skips nulls).
 *
 * @param type       a URI naming the kind of problem; {@code about:blank} when the HTTP status says it all
 * @param title      a short summary of the kind of problem, the same for every occurrence
 * @param status     the HTTP status code
 * @param detail     what went wrong this time, for a person
 * @param instance   the request path that met the problem
 * @param incident   the server log's identifier of an unexpected failure
 * @param errors     bad fields of the request
 * @param violations broken rules of the guide
 * @param missingFields required fields of the form left empty
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "incident", "errors", "violations", "missingFields"})
public record Problem(URI type, String title, int status, String detail, String instance, String incident,
                      List<FieldError> errors, List<Violation> violations, List<MissingField> missingFields) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE_TYPE = MediaType.valueOf(MEDIA_TYPE);

    /** The RFC's default type: the status code and title say everything there is to say. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has an error status (4xx or 5xx), not " + status);
        }
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
        missingFields = missingFields == null || missingFields.isEmpty() ? null : List.copyOf(missingFields);
    }

    /** A problem that only has a type, a title, a status and a detail. */
    public static Problem of(URI type, String title, int status, String detail) {
        return new Problem(type, title, status, detail, null, null, null, null, null);
    }

    /** A problem of {@code about:blank} type whose title is the status's reason phrase. */
    public static Problem ofStatus(int status, String detail) {
        return of(ABOUT_BLANK, ProblemTypes.reasonPhrase(status), status, detail);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, incident, errors, violations, missingFields);
    }

    public Problem withIncident(String id) {
        return new Problem(type, title, status, detail, instance, id, errors, violations, missingFields);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, incident, fieldErrors, violations, missingFields);
    }

    public Problem withViolations(List<Violation> ruleViolations) {
        return new Problem(type, title, status, detail, instance, incident, errors, ruleViolations, missingFields);
    }

    public Problem withMissingFields(List<MissingField> missing) {
        return new Problem(type, title, status, detail, instance, incident, errors, violations, missing);
    }

    /** This problem as a JAX-RS answer with its status and the problem+json media type. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE_TYPE).entity(this).build();
    }

    /**
     * One bad field of the request.
     *
     * @param field   the field's path in the request, e.g. {@code budget.amount} or {@code members[2].name}
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * One broken rule of the plan guide.
     *
     * @param rule    the rule's identifier, e.g. {@code LIMIT-4}
     * @param clause  the guide's clause it enforces, e.g. {@code II.3.4}
     * @param message why the request breaks it, in Chinese and English
     */
    @JsonbPropertyOrder({"rule", "clause", "message"})
    public record Violation(String rule, String clause, Message message) {
        public Violation {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(message, "message");
        }

        /** The JSON view of a domain violation (or warning): the one the API uses everywhere. */
        public static Violation of(cn.jast.plan.domain.rules.Violation v) {
            return new Violation(v.rule(), v.clause(), new Message(v.message().zh(), v.message().en()));
        }
    }

    /**
     * A required field of the application form left empty.
     *
     * @param field        its path in the application, e.g. {@code form.budget.lines} or {@code event.name}
     * @param section      the code of its section
     * @param sectionTitle the section's title
     * @param label        the field's label
     * @param clause       the guide's clause the field comes from
     */
    @JsonbPropertyOrder({"field", "section", "sectionTitle", "label", "clause"})
    public record MissingField(String field, String section, Message sectionTitle, Message label, String clause) {
        public MissingField {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(clause, "clause");
        }

        public static MissingField of(cn.jast.plan.domain.form.MissingField m) {
            return new MissingField(m.path(), m.section(), new Message(m.sectionTitle().zh(), m.sectionTitle().en()),
                    new Message(m.label().zh(), m.label().en()), m.clause());
        }
    }

    /**
     * A message in the guide's language and in English.
     *
     * @param zh the message in Chinese
     * @param en the message in English
     */
    @JsonbPropertyOrder({"zh", "en"})
    public record Message(String zh, String en) {
        public Message {
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }
    }
}
