package cn.jast.plan.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code POST} that changes nothing and needs no credentials (the public rule check of
 * API.md): a forged request gains nothing, so {@link JsonBodyFilter} leaves its body's type as
 * JAX-RS and the resource read it, and its answers stay as API.md fixes them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StoresNothing {
}
