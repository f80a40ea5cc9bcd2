package cn.jast.plan.web.notification.faces;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.List;

import cn.jast.plan.web.notification.NotificationService;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The caller's notifications on their home page (WEB-INF/includes/notifications.xhtml): unread marked, mark read. */
@Named
@ViewScoped
public class MyNotifications implements Serializable {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    transient NotificationService notifications;

    private List<NotificationService.View> list;

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

    public String at(Instant at) {
        return at == null ? "" : AT.format(at);
    }
}
