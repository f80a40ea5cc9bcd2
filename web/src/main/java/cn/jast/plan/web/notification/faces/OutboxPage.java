package cn.jast.plan.web.notification.faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import cn.jast.plan.web.notification.NotificationService;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** office/notifications.xhtml: what was sent, to whom, when, what failed and why; resend. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    cn.jast.plan.web.plan.PlanService plans;

    @Inject
    NotificationService notifications;

    private String state = "";
    private List<NotificationService.View> rows;

    public List<NotificationService.View> getRows() {
        if (rows == null) {
            rows = notifications.outbox(state, 0);
        }
        return rows;
    }

    public long count(String s) {
        return notifications.count(s);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null ? "" : state;
        rows = null;
    }

    public void filter() {
        rows = null;
    }

    public void resend(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            notifications.resend(id);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    context.getApplication().getResourceBundle(context, "msg").getString("notifications.resent"), null));
        } catch (NotFound e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        rows = null;
    }

    public String at(Instant at) {
        return at == null ? "" : MyNotifications.AT.format(at.atZone(plans.latest().zone()));
    }
}
