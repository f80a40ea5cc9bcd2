package cn.jast.plan.web.request;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.config.ConfigProvider;

import cn.jast.plan.web.problem.Problem;
import cn.jast.plan.web.problem.ProblemTypes;
/**
 * The largest request body the API reads: MicroProfile Config {@code jast.http.max-body-bytes},
 * 1 MiB unless set, or what a resource declares with {@link MaxRequestBody}. Grizzly, under Payara,
 * caps only form posts ({@code max-post-size-bytes}), so the API enforces its own limit twice:
 * {@link RequestBodyLimitFilter} refuses a declared {@code Content-Length} above it before anything is
 * read, and {@link RequestBodyReadInterceptor} stops reading a body sent without one (chunked) as soon
 * as it passes the limit.
 */
final class RequestBodyLimit {

    static final String PROPERTY = "jast.http.max-body-bytes";
    static final long DEFAULT_BYTES = 1024 * 1024;

    private RequestBodyLimit() {
    }

    /** The limit for the matched resource method: its own, its class's, or the API-wide one. */
    static long forResource(ResourceInfo resource) {
        MaxRequestBody declared = declared(resource);
        if (declared == null) {
            return bytes(PROPERTY, DEFAULT_BYTES);
        }
        return declared.property().isEmpty() ? declared.defaultBytes() : bytes(declared.property(), declared.defaultBytes());
    }

    private static MaxRequestBody declared(ResourceInfo resource) {
        if (resource == null) {
            return null;
        }
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(MaxRequestBody.class)) {
            return method.getAnnotation(MaxRequestBody.class);
        }
        Class<?> type = resource.getResourceClass();
        return type == null ? null : type.getAnnotation(MaxRequestBody.class);
    }

    private static long bytes(String property, long fallback) {
        return ConfigProvider.getConfig().getOptionalValue(property, Long.class).orElse(fallback);
    }

    static Problem problem(long limit) {
        return Problem.of(ProblemTypes.BODY_TOO_LARGE, "Request body too large", 413,
                "The request body is larger than the " + limit + " bytes this resource accepts.");
    }

    /** Signals, through whatever reader wraps it, that the body went past the limit. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        Exceeded(long limit) {
            super("Request body exceeds " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** A stream that fails with {@link Exceeded} once more than {@code limit} bytes were read from it. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false; // a reset would make the count wrong
        }

        private void count(long n) throws Exceeded {
            count += n;
            if (count > limit) {
                throw new Exceeded(limit);
            }
        }
    }
}
