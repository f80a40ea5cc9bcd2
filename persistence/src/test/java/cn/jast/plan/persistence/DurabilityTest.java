package cn.jast.plan.persistence;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditVerification;
import cn.jast.plan.persistence.society.SocietyRepository;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write, close the database the hard way, reopen: a child JVM commits round after round and is
 * killed (SIGKILL, no shutdown of Derby, no close of anything) in the middle of its work; the
 * database is then opened again — Derby recovers from its log — and every round the child saw
 * committed is there, the audit chain intact.
 */
class DurabilityTest {
    static final int ROUNDS_BEFORE_KILL = 15;

    @Test
    void everything_committed_before_a_kill_is_there_after_reopening() throws Exception {
        TestDatabase.assumeDerby();
        Path dir = TestDatabase.newDirectory("durability");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dderby.stream.error.file=" + System.getProperty("derby.stream.error.file", "derby.log"),
                "-Declipselink.logging.level=SEVERE",
                DurabilityWriter.class.getName(), dir.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        List<String[]> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String line;
            while (committed.size() < ROUNDS_BEFORE_KILL && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    committed.add(line.substring("COMMITTED ".length()).split(" "));
                }
            }
            // Killed while it is busy with the next round.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(committed).hasSize(ROUNDS_BEFORE_KILL);

        try (TestDatabase db = TestDatabase.reopen(dir)) {
            for (String[] round : committed) {
                SocietyId society = new SocietyId(round[0]);
                assertThat(db.tx(em -> new SocietyRepository(em).find(society)).isPresent())
                        .as("society %s", round[0]).isTrue();
                Application a = db.tx(em -> new ApplicationRepository(em).find(new ApplicationId(round[1])).orElseThrow());
                assertThat(a.state()).isEqualTo(ApplicationState.SUBMITTED);
                assertThat(a.fingerprint()).isNotNull();
            }
            AuditVerification v = db.tx(em -> new AuditLog(em).verify());
            assertThat(v.intact()).as(v.toString()).isTrue();
            // One submission and one round entry per committed round, perhaps one round more that
            // committed just before the kill.
            assertThat(v.entriesChecked()).isBetween(2L * ROUNDS_BEFORE_KILL, 2L * ROUNDS_BEFORE_KILL + 2);
        }
    }
}
