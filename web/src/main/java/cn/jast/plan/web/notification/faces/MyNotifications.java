package cn.jast.plan.web.notification.faces;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.notification.NotificationService;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The caller's notifications on their home page (WEB-INF/includes/notifications.xhtml): unread marked, mark read;
 * and where they are mailed: the caller's own e-mail address and language ({@link NotificationService#contact}).
 */
@Named
@ViewScoped
public class MyNotifications implements Serializable {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    NotificationService notifications;

    @Inject
    PlanService plans;

    private List<NotificationService.View> list;
    private String email;
    private String language;
    private boolean contactLoaded;
    private boolean saved;

    public List<NotificationService.View> getList() {
        if (list == null) {
            list = notifications.mine();
        }
        return list;
    }

    public long getUnread() {
        return getList().stream().filter(NotificationService.View::unread).count();
    }

    public void markRead(String id) {
        try {
            notifications.markRead(id);
        } catch (NotFound e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        list = null;
    }

    /** The instant in the zone of the latest plan year (the times the deadlines are given in). */
    public String at(Instant at) {
        return at == null ? "" : AT.format(at.atZone(plans.latest().zone()));
    }

    private void loadContact() {
        if (!contactLoaded) {
            NotificationService.Contact c = notifications.myContact();
            email = c.email();
            language = c.language();
            contactLoaded = true;
        }
    }

    public String getEmail() {
        loadContact();
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        loadContact();
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** True after the address and language were stored by this view's last save. */
    public boolean isSaved() {
        return saved;
    }

    /** Stores the address and language; a refusal (an address that is none) is shown at its field. */
    public void saveContact() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            notifications.changeMyContact(email, language);
            contactLoaded = false;
            saved = true;
        } catch (InvalidInput e) {
            // the service's one refusal of an address, in the page's words (its detail is English)
            saved = false;
            if (e.errors().stream().anyMatch(f -> "email".equals(f.field()))) {
                context.addMessage("myContact:email", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        context.getApplication().getResourceBundle(context, "msg").getString("notifications.contact.badEmail"),
                        null));
            } else {
                RefusalMessages.show(context, e, RefusalMessages.Fields.of(Map.of("language", "myContact:language")));
            }
        } catch (RuntimeException e) {
            saved = false;
            RefusalMessages.show(context, e, RefusalMessages.Fields.of(Map.of("email", "myContact:email",
                    "language", "myContact:language")));
        }
    }
}
