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
