package cn.jast.plan.web.refusal;

import java.util.Objects;

/** No such thing, or not the caller's to see: the two are answered alike so that existence is not revealed. */
public final class NotFound extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String what;

    /** @param what what was looked for, e.g. {@code application D21-01} */
    public NotFound(String what) {
        super("There is no " + Objects.requireNonNull(what, "what") + ".");
        this.what = what;
    }

    public String what() {
        return what;
    }
}
