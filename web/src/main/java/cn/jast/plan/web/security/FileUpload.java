package cn.jast.plan.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose body is a file of its own type (PDF, image, ...) or a
 * {@code multipart/form-data} upload: {@link JsonBodyFilter} then refuses only the two types an HTML
 * form of another site sends that are not uploads ({@code text/plain},
 * {@code application/x-www-form-urlencoded}) instead of requiring JSON.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FileUpload {
}
