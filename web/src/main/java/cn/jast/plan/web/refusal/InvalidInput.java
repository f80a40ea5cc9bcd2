package cn.jast.plan.web.refusal;

import java.util.List;

import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.support.FieldError;

/** Bad input: every bad field by its path (e.g. {@code event.startDate}) and what is wrong with it. */
public final class InvalidInput extends Refusal {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    private InvalidInput(String detail, List<FieldError> errors) {
        super(detail);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid input names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    /** One bad field. */
    public static InvalidInput field(String field, String message) {
        return new InvalidInput(field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** The domain's reader named the bad fields of a document ({@code what}: e.g. "application"). */
    public static InvalidInput document(String what, InvalidInputException e) {
        return new InvalidInput("The " + what + " cannot be read: " + e.getMessage(), e.errors());
    }

    /** Several bad fields with a detail of the caller's. */
    public static InvalidInput fields(String detail, List<FieldError> errors) {
        return new InvalidInput(detail, errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
