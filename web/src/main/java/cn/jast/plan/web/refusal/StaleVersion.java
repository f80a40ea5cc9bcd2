package cn.jast.plan.web.refusal;

/** Someone else changed the record since the caller read it: read it again and retry. */
public final class StaleVersion extends Refusal {

    private static final long serialVersionUID = 1L;

    private final long current;
    private final long expected;

    /** @param what e.g. {@code application D21-01} */
    public StaleVersion(String what, long current, long expected) {
        super(what + " is at version " + current + ", not " + expected);
        this.current = current;
        this.expected = expected;
    }

    public long current() {
        return current;
    }

    public long expected() {
        return expected;
    }

    /** Throws unless {@code expected} is null (the caller does not check) or equals {@code current}. */
    public static void check(String what, long current, Long expected) {
        if (expected != null && expected != current) {
            throw new StaleVersion(what, current, expected);
        }
    }
}
