package cn.jast.plan.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The language of the pages: Chinese ({@code zh_CN}) unless the visitor chose English with the switch
 * in the header ({@code ?lang=en}, see {@link PageRequestFilter}), which a cookie remembers.
 */
@Named
@RequestScoped
public class Language {
    /** The cookie that remembers the choice. */
    static final String COOKIE = "jast-lang";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = CHINESE;
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if (COOKIE.equals(c.getName())) {
                        locale = fromCode(c.getValue());
                    }
                }
            }
        }
        return locale;
    }

    public boolean isEnglish() {
        return ENGLISH.equals(getLocale());
    }

    /** The value of the page's {@code lang} attribute. */
    public String getTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    /** The language the switch offers: the other one. */
    public String getOther() {
        return isEnglish() ? "zh" : "en";
    }

    /**
     * The language switch's link: this page's own query (e.g. the application a wizard shows) with
     * {@code lang} set to the other language, so that switching keeps the visitor where they are.
     */
    public String getSwitchHref() {
        String query = request.getQueryString();
        StringBuilder q = new StringBuilder("?");
        if (query == null) {
            // a page answering its own form's POST: the form's URL has no query, the view keeps its
            // parameters (f:viewParam, e.g. the project a page shows)
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                for (jakarta.faces.component.UIViewParameter p
                        : jakarta.faces.view.ViewMetadata.getViewParameters(faces.getViewRoot())) {
                    String value = p.getStringValue(faces);
                    if (value != null && !value.isEmpty() && !"lang".equals(p.getName())) {
                        q.append(java.net.URLEncoder.encode(p.getName(), java.nio.charset.StandardCharsets.UTF_8))
                                .append('=').append(java.net.URLEncoder.encode(value,
                                        java.nio.charset.StandardCharsets.UTF_8)).append('&');
                    }
                }
            }
        } else {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.equals("lang") && !part.startsWith("lang=")) {
                    q.append(part).append('&');
                }
            }
        }
        return q.append("lang=").append(getOther()).toString();
    }

    /** An application's category (and sub-project) by its name in the plan year, in the visitor's language. */
    public String categoryOf(cn.jast.plan.domain.plan.PlanYear plan, cn.jast.plan.domain.application.Application a) {
        String category = plan.category(a.category()).map(c -> text(c.name())).orElse(a.category());
        if (a.subProject() != null) {
            category = category + " · " + plan.subProject(a.subProject()).map(s -> text(s.name())).orElse(a.subProject());
        }
        return category;
    }

    /** A text of the plan year in the visitor's language. */
    public String text(cn.jast.plan.domain.support.LocalizedText text) {
        return text == null ? "" : isEnglish() ? text.en() : text.zh();
    }

    /** The code a switch link carries, read leniently: anything but "en" is Chinese. */
    static Locale fromCode(String code) {
        return "en".equals(code) ? ENGLISH : CHINESE;
    }

    static boolean isCode(String code) {
        return "en".equals(code) || "zh".equals(code);
    }
}
