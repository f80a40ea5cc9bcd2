package cn.jast.plan.domain.plan;

/**
 * A plan-year file that cannot be used. The message names the file, the line and column, and the
 * field (as a path such as {@code categories[3].subProjects[0].quota}) so that the agency that
 * wrote it can mend it.
 */
public final class PlanFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final String field;

    public PlanFileException(String source, int line, int column, String field, String problem) {
        super(source + ": line " + line + ", column " + column + (field.isEmpty() ? "" : ", " + field) + ": " + problem);
        this.source = source;
        this.line = line;
        this.field = field;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
