package cn.jast.plan.web.probe;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/test/fixtures/bulk?from=ID&count=N&prefix=P[&perSociety=K | &society=CODE][&scored=true][&at=INSTANT]}: N copies
 * of application ID stored in chunks of 500 ({@link BulkApplications}); answers the count and the seconds it took.
 * Tests and load runs only; never in the shipped WAR.
 */
@Path("test/fixtures/bulk")
public class BulkResource {

    private static final int CHUNK = 500;

    @Inject
    BulkApplications bulk;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String add(@QueryParam("from") String templateId, @QueryParam("count") int count,
                      @QueryParam("prefix") String prefix, @QueryParam("perSociety") Integer perSociety,
                      @QueryParam("society") String society,
                      @QueryParam("scored") boolean scored, @QueryParam("at") String at) {
        long t0 = System.nanoTime();
        Instant submittedAt = at == null ? Instant.parse("2021-05-27T02:00:00Z") : Instant.parse(at);
        int per = perSociety == null ? 1 : perSociety;
        for (int from = 0; from < count; from += CHUNK) {
            bulk.chunk(templateId, prefix, from, Math.min(CHUNK, count - from), per, society, scored, submittedAt);
        }
        return count + " " + String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9) + "\n";
    }
}
