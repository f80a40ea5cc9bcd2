package cn.jast.plan.web.faces;

import cn.jast.plan.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who looks at the page, for the header and the front page: logged in or not, and where "home" is. */
@Named
@RequestScoped
public class Visitor {

    @Inject
    CurrentUser user;

    public boolean isLoggedIn() {
        return !user.isAnonymous();
    }

    public String getName() {
        return user.name();
    }

    public boolean isSociety() {
        return user.isSociety();
    }

    public boolean isOffice() {
        return user.isOffice();
    }

    public boolean isExpert() {
        return user.isExpert();
    }

    /** The first page of the visitor's audience, relative to the application. */
    public String getHome() {
        if (user.isSociety()) {
            return "/society/dashboard.xhtml";
        }
        if (user.isOffice()) {
            return "/office/index.xhtml";
        }
        if (user.isExpert()) {
            return "/expert/index.xhtml";
        }
        return "/index.xhtml";
    }
}
