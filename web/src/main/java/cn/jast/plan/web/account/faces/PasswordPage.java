package cn.jast.plan.web.account.faces;

import cn.jast.plan.web.account.AccountService;
import cn.jast.plan.web.faces.Visitor;
import cn.jast.plan.web.security.FormLoginMechanism;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/**
 * account/password.xhtml: a person sets their own password, giving the current one (for a new account
 * or after a reset, the one-time password the office passed on). The new one is checked while it is
 * typed, by the same service rules as the saving ({@link AccountService#checkNewPassword}); the
 * session goes on after the change, every other session of the account ends. Request-scoped: no
 * password is kept in the session between requests.
 */
@Named
@RequestScoped
public class PasswordPage {
    private static final Map<String, String> FIELDS = Map.of("currentPassword", "passwordForm:current",
            "newPassword", "passwordForm:next");

    @Inject
    AccountService accounts;

    @Inject
    cn.jast.plan.web.security.ClientAddress clientAddress;

    @Inject
    FormLoginMechanism login;

    @Inject
    Visitor visitor;

    private String current;
    private String next;
    private String repeat;
    private boolean changed;

    /** True when the account holds a one-time password (the page says why the visitor is here). */
    public boolean isRequired() {
        Object required = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(FormLoginMechanism.PASSWORD_CHANGE_REQUIRED);
        return Boolean.TRUE.equals(required);
    }

    /** The new password's feedback while typing: the service's rules, nothing stored. */
    public void checkNext() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (next == null || next.isEmpty()) {
            return;
        }
        try {
            accounts.checkNewPassword(current == null ? null : current.toCharArray(), next.toCharArray());
        } catch (RuntimeException e) {
            FieldMessages.show(context, e, FIELDS, AccountService.MIN_PASSWORD_LENGTH, AccountService.MAX_PASSWORD_LENGTH);
        }
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (next != null && !next.equals(repeat)) {
            context.addMessage("passwordForm:repeat", new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    context.getApplication().getResourceBundle(context, "msg").getString("password.repeat.differs"), null));
            context.validationFailed();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        try {
            long version = accounts.changeOwnPassword(current == null ? null : current.toCharArray(),
                    next == null ? null : next.toCharArray(), clientAddress.of(request));
            login.renew(request, version);
            changed = true;
        } catch (RuntimeException e) {
            FieldMessages.show(context, e, FIELDS, AccountService.MIN_PASSWORD_LENGTH, AccountService.MAX_PASSWORD_LENGTH);
        } finally {
            current = null;
            next = null;
            repeat = null;
        }
    }

    public boolean isChanged() {
        return changed;
    }

    public String getHome() {
        return visitor.getHome();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public int getMinLength() {
        return AccountService.MIN_PASSWORD_LENGTH;
    }
}
