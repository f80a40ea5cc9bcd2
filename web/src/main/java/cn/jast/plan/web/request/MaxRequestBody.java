package cn.jast.plan.web.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises (or lowers) the request body limit for one resource method or class, above the API-wide
 * {@code jast.http.max-body-bytes}: an upload of an application's attachments needs more than a JSON
 * document does. The limit is the MicroProfile Config {@link #property()} if it is set, else
 * {@link #defaultBytes()}; leave room for a multipart envelope around the file.
 *
 * <pre>{@code
 * @POST @Consumes(MediaType.MULTIPART_FORM_DATA)
 * @MaxRequestBody(property = "jast.attachments.max-request-bytes", defaultBytes = 21 * 1024 * 1024)
 * public Response upload(...)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MaxRequestBody {

    /** The MicroProfile Config property holding the limit in bytes; empty: always {@link #defaultBytes()}. */
    String property() default "";

    /** The limit in bytes when {@link #property()} is empty or not set. */
    long defaultBytes();
}
