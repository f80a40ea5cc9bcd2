package cn.jast.plan.domain.application;

import cn.jast.plan.domain.society.SocietyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.AttachmentKind;
import static cn.jast.plan.domain.content.AttachmentKind.ENTRUSTMENT_AGREEMENT;
import static cn.jast.plan.domain.content.AttachmentKind.WORK_PLAN;
import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The fingerprint printed on the paper copy (V.1: 与电子版《申报书》须完全一致). */
class FingerprintTest {
    private static final SocietyId SOCIETY = new SocietyId("S-0001");

    private static ApplicationContent content() {
        return anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").titled("2021 示例学术年会")
                .withEvent(anEvent()).attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT).build();
    }

    private static Fingerprint of(ApplicationContent c) {
        return Fingerprint.of(2021, SOCIETY, c);
    }

    @Test
    void equalContentGivesAnEqualFingerprint() {
        assertThat(of(content())).isEqualTo(of(content()));
        assertThat(of(content()).hex()).matches("[0-9a-f]{64}");
    }

    @Test
    void attachmentOrderDoesNotMatter() {
        ApplicationContent reordered = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").titled("2021 示例学术年会")
                .withEvent(anEvent()).attachments(ENTRUSTMENT_AGREEMENT, WORK_PLAN).build();
        assertThat(of(reordered)).isEqualTo(of(content()));
    }

    @Test
    void changingAnyFieldChangesIt() {
        List<Fingerprint> prints = List.of(
                of(content()),
                of(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").titled("2021 示例学术年会。")
                        .withEvent(anEvent()).attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT).build()),
                of(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").titled("2021 示例学术年会")
                        .withEvent(anEvent()).attachments(WORK_PLAN).build()),
                of(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").titled("2021 示例学术年会")
                        .withEvent(anEvent()).attachments(WORK_PLAN, AttachmentKind.UNDERTAKING_AGREEMENT).build()),
                of(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").titled("2021 示例学术年会")
                        .withEvent(anEvent().starting("2021-10-16")).attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT).build()),
                of(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_FEATURED").titled("2021 示例学术年会")
                        .withEvent(anEvent()).attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT).build()),
                Fingerprint.of(2022, SOCIETY, content()),
                Fingerprint.of(2021, new SocietyId("S-0002"), content()));
        Set<Fingerprint> distinct = new HashSet<>(prints);
        assertThat(distinct).hasSameSizeAs(prints);
    }

    @Test
    void groupedIsSixteenGroupsOfFour() {
        Fingerprint f = of(content());
        String grouped = f.grouped();
        assertThat(grouped).matches("([0-9a-f]{4} ){15}[0-9a-f]{4}");
        assertThat(grouped.replace(" ", "")).isEqualTo(f.hex());
        assertThat(f).hasToString(f.hex());
    }

    @Test
    void aTypedFingerprintIsReadInAnyCaseWithSpacesOrDashes() {
        Fingerprint f = of(content());
        assertThat(new Fingerprint(f.grouped())).isEqualTo(f);
        assertThat(new Fingerprint(f.grouped().toUpperCase(Locale.ROOT))).isEqualTo(f);
        assertThat(new Fingerprint(f.hex().toUpperCase(Locale.ROOT))).isEqualTo(f);
        assertThat(new Fingerprint("  " + f.grouped().replace(' ', '-') + "\n")).isEqualTo(f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "g000000000000000000000000000000000000000000000000000000000000000",
            "00000000000000000000000000000000000000000000000000000000000000000"})
    void anythingElseIsNotAFingerprint(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Fingerprint(text));
    }

    @Test
    void theCanonicalFormNamesYearSocietyAndContent() {
        assertThat(Fingerprint.canonicalForm(2021, SOCIETY, content()))
                .startsWith("jast-plan-application/1\n2021\nS-0001\n{\"category\":\"ACADEMIC_EXCHANGE\"");
    }
}
