package cn.jast.plan.web.race;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 item 6, DEADLINE-1 (V.2, 2021-05-28 17:00 Beijing time) under load: the application's clock is set to run
 * from 16:59:58.500 and {@value #CLIENTS} clients submit drafts across 17:00:00.000. Every accepted submission
 * carries an instant before 17:00; every refusal is DEADLINE-1 and came back after 17:00 by the application's clock
 * (a refusal answered before 17:00 would be one refused in time). The figures go to docs/EVIDENCE.md.
 *
 * <p>So that the run straddles 17:00 on a fast machine and on a loaded one alike, each client sends its first draft
 * at once (1.5 s before 17:00: accepted unless the server takes that long), then spaces the others {@value #GAP_MS} ms
 * apart so that its last one leaves when the application's clock has certainly passed 17:00 (by the client's lower
 * bound of that clock); a slow server makes them go back to back instead. The clients are staggered across the gap.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineBoundaryIT {

    static final int CLIENTS = 12;
    static final int EACH = Integer.getInteger("it.boundary.each", 8);
    static final Instant CLOSES = Instant.parse("2021-05-28T09:00:00Z");
    static final Instant START = CLOSES.minusMillis(1500);
    static final long GAP_MS = 30;

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    record Attempt(String id, String user, HttpResponse<String> answer, long sentNanos, long backNanos) {
    }

    @Test
    void noneIsAcceptedAtOrAfterFivePmAndNoneRefusedBefore() throws Exception {
        ApiClient api = new ApiClient(url);
        List<List<String[]>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<String[]> drafts = new ArrayList<>();
            for (int i = 0; i < EACH; i++) {
                String user = api.societyWithAccount("S-DL" + ApiClient.unique());
                drafts.add(new String[] {api.draft(user, ApiClient.membersHome("截止 " + user)), user});
            }
            work.add(drafts);
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        long before = System.nanoTime();
        api.runClockFrom(START.toString());
        long after = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<String[]> drafts = work.get(c);
                long stagger = TimeUnit.MILLISECONDS.toNanos(GAP_MS) * c / CLIENTS;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < drafts.size(); i++) {
                        String[] d = drafts.get(i);
                        if (i > 0) {
                            // the application's clock is at least START + (now - after): the last draft leaves once that is 17:00
                            long remaining = drafts.size() - 1 - i;
                            long sendAt = after + Duration.between(START, CLOSES).toNanos()
                                    - TimeUnit.MILLISECONDS.toNanos(GAP_MS) * remaining + (remaining == 0 ? 0 : stagger);
                            long pause = sendAt - System.nanoTime();
                            if (pause > 0) {
                                TimeUnit.NANOSECONDS.sleep(pause);
                            }
                        }
                        long sent = System.nanoTime();
                        HttpResponse<String> r = api.post("api/v1/applications/" + d[0] + "/submit", d[1], null);
                        attempts.add(new Attempt(d[0], d[1], r, sent, System.nanoTime()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            api.resetClock();
        }
        // The application's clock read START at some moment between before and after (the fixture's call).
        int accepted = 0;
        int refused = 0;
        Duration latestAccepted = null;
        Duration earliestRefusal = null;
        for (Attempt a : attempts) {
            String at = a.id() + " answered " + a.answer().statusCode() + ": " + a.answer().body();
            if (a.answer().statusCode() == 200) {
                Instant submittedAt = Instant.parse(json(a.answer()).getJsonObject("application").getString("submittedAt"));
                assertThat(submittedAt).as(at).isBefore(CLOSES);
                Duration margin = Duration.between(submittedAt, CLOSES);
                latestAccepted = latestAccepted == null || margin.compareTo(latestAccepted) < 0 ? margin : latestAccepted;
                accepted++;
            } else {
                assertThat(a.answer().statusCode()).as(at).isEqualTo(422);
                JsonObject problem = json(a.answer());
                assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("rule")).as(at).isEqualTo("DEADLINE-1");
                // the latest the application's clock can have read when the answer came back
                Instant latestClock = START.plusNanos(a.backNanos() - before);
                assertThat(latestClock).as(at + ": refused before 17:00").isAfterOrEqualTo(CLOSES);
                Duration late = Duration.between(START.plusNanos(a.sentNanos() - after), CLOSES);
                earliestRefusal = earliestRefusal == null || late.compareTo(earliestRefusal) > 0 ? late : earliestRefusal;
                refused++;
                assertThat(json(api.get("api/v1/applications/" + a.id(), a.user())).getString("state")).as(at).isEqualTo("DRAFT");
            }
        }
        assertThat(accepted).as("some submissions fall before 17:00").isPositive();
        assertThat(refused).as("some fall after").isPositive();
        System.out.printf("DeadlineBoundaryIT: %d clients, %d submissions across 17:00:00.000: %d accepted (the last %d ms"
                        + " before), %d refused by DEADLINE-1 (each answered after 17:00; the earliest sent %d ms before it, by the"
                        + " client's reckoning, and decided after it);"
                        + " clock set within %d ms%n", CLIENTS, attempts.size(), accepted, latestAccepted.toMillis(), refused,
                earliestRefusal.toMillis(), Duration.ofNanos(after - before).toMillis());
    }
}
