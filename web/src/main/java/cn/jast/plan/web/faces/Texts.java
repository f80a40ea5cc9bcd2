package cn.jast.plan.web.faces;

import cn.jast.plan.domain.plan.PlanYear;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/** The pages' texts from the resource bundle, in the visitor's language, and dates in the plan's zone. */
@Named
@RequestScoped
public class Texts {
    static final String BUNDLE = "cn.jast.plan.web.faces.messages";

    @Inject
    Language language;

    private ResourceBundle bundle;

    public ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, language.getLocale(),
                    Thread.currentThread().getContextClassLoader());
        }
        return bundle;
    }

    public String get(String key) {
        return bundle().getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.getLocale()).format(args);
    }

    /** An instant as a date and time in the plan's zone (Beijing time for JAST), in the visitor's language. */
    public String dateTime(Instant at, PlanYear plan) {
        return DateTimeFormatter.ofPattern(get("format.dateTime"), language.getLocale()).format(at.atZone(plan.zone()));
    }

    /** A size in bytes as a page shows it: bytes, KB or MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return format("wizard.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return format("wizard.size.kib", bytes / 1024.0);
        }
        return format("wizard.size.mib", bytes / (1024.0 * 1024));
    }

    /** An amount of yuan as a page shows it (¥1,234.50, -¥12.00). */
    public String money(java.math.BigDecimal amount) {
        return format("project.money", amount);
    }

    /** A date in the plan's zone. */
    public String date(java.time.LocalDate day) {
        return DateTimeFormatter.ofPattern(get("format.date"), language.getLocale()).format(day);
    }

    static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
