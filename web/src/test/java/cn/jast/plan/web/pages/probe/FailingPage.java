package cn.jast.plan.web.pages.probe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A page bean that fails with a message no visitor may see (probe-fail.xhtml). Tests only. */
@Named
@RequestScoped
public class FailingPage {
    public static final String SECRET = "secret-detail-4711";

    public String getBoom() {
        throw new IllegalStateException("the page failed: " + SECRET);
    }
}
