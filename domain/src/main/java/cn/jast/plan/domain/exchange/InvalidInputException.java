package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.support.FieldError;
import java.util.List;

/** Input that cannot be read: not JSON, an unknown code, a malformed date, a negative number... Names every bad field. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder b = new StringBuilder();
        for (FieldError e : errors) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(e.field().isEmpty() ? "body" : e.field()).append(": ").append(e.message());
        }
        return b.toString();
    }
}
