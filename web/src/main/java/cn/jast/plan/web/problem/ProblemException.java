package cn.jast.plan.web.problem;

import java.util.Objects;

/**
 * An exception that already knows the answer the client gets: the {@link Problem} it carries.
 * {@link ProblemExceptionMapper} writes it, adding the request path. Its message is the problem's detail;
 * it is safe to show, by construction.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").detail(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
