package cn.jast.plan.persistence.migration;

/** The schema could not be brought to the version this code needs; says which migration and why. */
public final class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
