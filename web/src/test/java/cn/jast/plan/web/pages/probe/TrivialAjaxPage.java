package cn.jast.plan.web.pages.probe;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Issue #15 item 2: the ceiling of the wizard's live feedback, a PrimeFaces page with one field whose Ajax
 * event echoes its length (probe-ajax.xhtml). Deployed by load/storm beside the application; tests only.
 */
@Named
@ViewScoped
public class TrivialAjaxPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private String text = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public int getLength() {
        return text.length();
    }
}
