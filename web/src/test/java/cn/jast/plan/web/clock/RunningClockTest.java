package cn.jast.plan.web.clock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo clock resumes after what was recorded and never runs backwards. */
class RunningClockTest {
    private static final Instant REAL = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant START = Instant.parse("2021-05-20T02:00:00Z");

    @Test
    void aRestartOnADatabaseThatRecordedLaterInstantsResumesAfterTheLastOfThem() {
        RunningClock clock = new RunningClock(Clock.fixed(REAL, ZoneOffset.UTC), Duration.between(REAL, START));
        assertThat(clock.instant()).isEqualTo(START);

        Instant lastRecorded = START.plus(Duration.ofHours(3));
        assertThat(clock.resumeAfter(lastRecorded)).isTrue();
        assertThat(clock.instant()).isAfter(lastRecorded).isBefore(lastRecorded.plusSeconds(1));
    }

    @Test
    void itNeverMovesBack() {
        RunningClock clock = new RunningClock(Clock.fixed(REAL, ZoneOffset.UTC), Duration.between(REAL, START));
        assertThat(clock.resumeAfter(START.minusSeconds(60))).isFalse();
        assertThat(clock.resumeAfter(null)).isFalse();
        assertThat(clock.instant()).isEqualTo(START);
    }
}
