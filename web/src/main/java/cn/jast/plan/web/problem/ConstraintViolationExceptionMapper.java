package cn.jast.plan.web.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers Bean Validation failures of a request (its body, parameters or a transfer object) with
 * {@code 400} and one {@code errors} entry per violation, naming the field as the client sent it:
 * {@code budget.amount}, {@code members[2].name}, or the parameter's name ({@code year}), never the
 * Java method. A violation on a return value is the server's fault: it becomes an incident.
 */
@Provider
public class ConstraintViolationExceptionMapper extends ProblemMapping
        implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        var violations = exception.getConstraintViolations();
        if (violations == null || violations.isEmpty()
                || violations.stream().anyMatch(ConstraintViolationExceptionMapper::onReturnValue)) {
            return incident(exception).withInstance(path()).toResponse();
        }
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.size() == 1
                ? "Field " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : errors.size() + " fields of the request are invalid.";
        return Problem.of(ProblemTypes.INVALID_INPUT, "Invalid input", 400, detail)
                .withErrors(errors).withInstance(path()).toResponse();
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path below the method and its parameter: {@code create.request.budget.amount} becomes
     * {@code budget.amount}; a constraint on the parameter itself keeps the parameter's name.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.BEAN) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }
}
