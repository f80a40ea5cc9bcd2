package cn.jast.plan.web.security;

import cn.jast.plan.web.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * A request that changes state and has a body must say it is JSON ({@code application/json}, or a
 * {@code +json} type), else {@code 415}: an HTML form of another site can send {@code text/plain},
 * {@code application/x-www-form-urlencoded} and {@code multipart/form-data} without the browser asking
 * first, JSON it cannot (cross-site request forgery). Resources that name their types in
 * {@code @Consumes} are held to them by JAX-RS itself; this covers those that read any type (the
 * JSON documents read as text, and the rule check). Uploads ({@link FileUpload}) take a file of its
 * own type or multipart, but not the two form types that are not files. A request without a body
 * (submit, withdraw) and the public rule check ({@link StoresNothing}) are left alone.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 400)
public class JsonBodyFilter implements ContainerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (IllegalArgumentException unreadable) {
            type = MediaType.valueOf("application/x-unreadable");
        }
        if (type == null && !request.hasEntity()) {
            return; // no body: submit, withdraw, unlock ...
        }
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(StoresNothing.class) || !readsAnyType(method)) {
            return;
        }
        boolean accepted = method.isAnnotationPresent(FileUpload.class)
                ? type != null && !type.isCompatible(MediaType.TEXT_PLAIN_TYPE)
                        && !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                : isJson(type);
        if (!accepted) {
            request.abortWith(Problem.of(Problem.ABOUT_BLANK, "Unsupported Media Type", 415,
                            (type == null ? "A request body without a content type" : "Content type " + type.getType()
                                    + "/" + type.getSubtype()) + " is not accepted at "
                                    + request.getUriInfo().getRequestUri().getRawPath() + ": send "
                                    + (method.isAnnotationPresent(FileUpload.class)
                                    ? "the file with its own type, or multipart/form-data." : "application/json."))
                    .withInstance(request.getUriInfo().getRequestUri().getRawPath()).toResponse());
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static boolean readsAnyType(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        return consumes == null || Arrays.stream(consumes.value())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .anyMatch(v -> v.equals("*/*") || v.endsWith("/*"));
    }
}
