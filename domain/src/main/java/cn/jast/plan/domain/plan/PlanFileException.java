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
    private final int column;
    private final String field;
    private final String problem;

    public PlanFileException(String source, int line, int column, String field, String problem) {
        super(source + ": line " + line + ", column " + column + (field.isEmpty() ? "" : ", " + field) + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    /** The column of the line where the reader found it (1 for the first character). */
    public int column() {
        return column;
    }

    public String field() {
        return field;
    }

    /** What is wrong, without the file, line and field (the reader's words, English). */
    public String problem() {
        return problem;
    }
}
