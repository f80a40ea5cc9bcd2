package cn.jast.plan.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.ResourceBundle;

/**
 * The login form of the front page and the logout button of the header. The user name and password
 * go to Jakarta Security ({@code SecurityContext.authenticate}), which checks them in the same
 * identity store as the REST API (cn.jast.plan.web.security.FormLoginMechanism); a wrong name, a
 * wrong password and a throttled account get the same message. Logout ends the session.
 */
@Named
@RequestScoped
public class LoginForm {

    @Inject
    SecurityContext security;

    @Inject
    Visitor visitor;

    private String username;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + visitor.getHome());
            case SEND_CONTINUE -> context.responseComplete();
            default -> {
                external.setResponseStatus(HttpServletResponse.SC_OK);
                ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
                context.addMessage("login", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        msg.getString("login.failed"), null));
            }
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/");
    }
}
