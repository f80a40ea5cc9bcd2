package cn.jast.plan.web.faces.refusal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.domain.support.LocalizedText;
import cn.jast.plan.web.refusal.Conflict;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.refusal.NotAllowed;
import cn.jast.plan.web.refusal.NotFound;
import cn.jast.plan.web.refusal.Refusal;
import cn.jast.plan.web.refusal.RefusedByRules;
import cn.jast.plan.web.refusal.StaleVersion;
import cn.jast.plan.web.refusal.TooManyRequests;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

/**
 * The Faces side of a service's refusal: one {@link FacesMessage} per thing refused, attached to the
 * component of the field it names. The REST side of the same refusal is
 * {@code cn.jast.plan.web.problem.RefusalMapper}; neither adds a check of its own.
 *
 * <p>A Faces bean calls the service and hands what it refuses to {@link #show}:
 * <pre>{@code
 * try {
 *     draft = applications.revise(id, content, version);
 * } catch (RuntimeException e) {
 *     RefusalMessages.show(FacesContext.getCurrentInstance(), e,
 *             Fields.of(Map.of("title", "form:title", "event.startDate", "form:start", "LIMIT-4", "form:event")));
 *     return null;
 * }
 * }</pre>
 * {@link Fields} maps what a message is about to a component's client id: the field path of an
 * {@link InvalidInput} error ({@code event.startDate}), or the identifier of a rule a
 * {@link RefusedByRules} names ({@code LIMIT-4}); what it does not map goes to the page's global
 * messages. Rule messages are the guide's words in the page's language (Chinese, or English); the
 * other kinds' summaries come from the bundle {@code cn.jast.plan.web.faces.refusal.refusals}. An
 * exception that is no refusal is thrown on, for the error page.
 */
public final class RefusalMessages {

    /** The resource bundle of the summaries: {@code refusals_zh.properties}, {@code refusals_en.properties}. */
    public static final String BUNDLE = "cn.jast.plan.web.faces.refusal.refusals";

    private RefusalMessages() {
    }

    /** A message and where it goes: a component's client id, or null for the page's global messages. */
    public record Placed(String clientId, FacesMessage message) {
    }

    /** Where the messages about a field (by its path) or a rule (by its identifier) go; null: global. */
    @FunctionalInterface
    public interface Fields {
        String clientIdOf(String fieldOrRule);

        /** Every message is global. */
        static Fields none() {
            return key -> null;
        }

        /** Field paths and rule identifiers to client ids; anything else is global. */
        static Fields of(Map<String, String> clientIds) {
            Map<String, String> copy = Map.copyOf(clientIds);
            return copy::get;
        }
    }

    /** True for what {@link #messages} turns into messages; anything else is a failure for the error page. */
    public static boolean isRefusal(Throwable e) {
        return e instanceof Refusal || e instanceof TransitionRefused || e instanceof OptimisticLockException;
    }

    /**
     * Adds the messages of a refusal to the context and marks the request as failed validation (so
     * that PrimeFaces keeps a dialog open and {@code args.validationFailed} is true).
     *
     * @throws RuntimeException {@code e} itself when it is no refusal
     */
    public static void show(FacesContext context, RuntimeException e, Fields fields) {
        Locale locale = context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.CHINA;
        for (Placed p : messages(e, locale, fields)) {
            context.addMessage(p.clientId(), p.message());
        }
        context.validationFailed();
    }

    /**
     * The messages of a refusal in a language ({@code zh} unless the locale's language is {@code en}).
     *
     * @throws RuntimeException {@code e} itself when it is no refusal
     */
    public static List<Placed> messages(RuntimeException e, Locale locale, Fields fields) {
        Objects.requireNonNull(e, "e");
        Objects.requireNonNull(fields, "fields");
        boolean english = locale != null && "en".equals(locale.getLanguage());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.CHINESE,
                RefusalMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<Placed> placed = new ArrayList<>();
        if (e instanceof InvalidInput invalid) {
            for (FieldError f : invalid.errors()) {
                placed.add(new Placed(fields.clientIdOf(f.field()),
                        error(MessageFormat.format(texts.getString("invalidField"), f.field()), f.message())));
            }
        } else if (e instanceof RefusedByRules rules) {
            rules.violations().forEach(v -> placed.add(rule(v, english, texts, fields)));
        } else if (e instanceof TransitionRefused t) {
            if (t.violations().isEmpty()) {
                placed.add(new Placed(null, error(texts.getString("conflict"), text(t.reason(), english))));
            } else {
                t.violations().forEach(v -> placed.add(rule(v, english, texts, fields)));
            }
        } else if (e instanceof Conflict c) {
            String detail = c.transition().map(t -> text(t.reason(), english)).orElse(c.detail());
            placed.add(new Placed(null, error(texts.getString("conflict"), detail)));
        } else if (e instanceof NotFound) {
            placed.add(new Placed(null, error(texts.getString("notFound"), null)));
        } else if (e instanceof NotAllowed n) {
            placed.add(new Placed(null, error(texts.getString(n.isLoginNeeded() ? "loginNeeded" : "forbidden"), null)));
        } else if (e instanceof TooManyRequests t) {
            long minutes = Math.max(1, (t.retryAfter().toSeconds() + 59) / 60);
            placed.add(new Placed(null, error(texts.getString("tooMany"),
                    MessageFormat.format(texts.getString("tooMany.retry"), minutes))));
        } else if (e instanceof StaleVersion || e instanceof OptimisticLockException) {
            placed.add(new Placed(null, error(texts.getString("staleVersion"), null)));
        } else {
            throw e;
        }
        if (e instanceof Refusal r && r.item().isPresent()) {
            // a bulk step: every message names the item it was refused for, where the summary starts
            String item = r.item().get();
            return placed.stream().map(p -> new Placed(p.clientId(), new FacesMessage(p.message().getSeverity(),
                    MessageFormat.format(texts.getString("bulkItem"), item, p.message().getSummary()),
                    p.message().getDetail()))).toList();
        }
        return List.copyOf(placed);
    }

    private static Placed rule(Violation v, boolean english, ResourceBundle texts, Fields fields) {
        return new Placed(fields.clientIdOf(v.rule()),
                error(MessageFormat.format(texts.getString("rule"), v.rule(), v.clause()), text(v.message(), english)));
    }

    private static String text(LocalizedText text, boolean english) {
        return english ? text.en() : text.zh();
    }

    private static FacesMessage error(String summary, String detail) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail);
    }
}
