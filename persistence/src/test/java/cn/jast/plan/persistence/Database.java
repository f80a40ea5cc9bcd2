package cn.jast.plan.persistence;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link TestDatabase} for a test, made and cleaned up by {@link DatabaseExtension}, the way
 * {@code @TempDir} gives a directory: on a {@code static} field, one for the test class (made before
 * {@code @BeforeAll}, dropped after {@code @AfterAll}); on an instance field or a test method's
 * parameter, one for each test. Without a name it is the database the mapping tests share (one per
 * test JVM, never dropped by a test: each test makes its own rows with unique ids); with a name, a
 * database of its own on the backend of this run (embedded Derby, or a schema on PostgreSQL with
 * {@code -Djast.test.db=postgresql}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseExtension.class)
public @interface Database {
    /** Empty: the shared database; otherwise the name of a database of the test's own. */
    String value() default "";

    /** A database of its own left empty: no migration run, the unit not opened (the migration tests). */
    boolean empty() default false;
}
