package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.content.ServedUnitKind;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.fixtures.Societies;
import cn.jast.plan.domain.society.IncidentKind;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.jast.plan.domain.content.AttachmentKind.DEVELOPMENT_PLAN_3Y;
import static cn.jast.plan.domain.content.AttachmentKind.ENTRUSTMENT_AGREEMENT;
import static cn.jast.plan.domain.content.AttachmentKind.WORK_PLAN;
import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** The canonical JSON of an application (what its fingerprint is taken of): equal content, equal text; any change, another text. */
class CanonicalJsonTest {

    private static ApplicationContent base() {
        return anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").withEvent(anEvent().code("EV-1")
                .international(300, 20, 6)).attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT).build();
    }

    @Test
    void equalContentGivesEqualText() {
        assertThat(ApplicationJson.canonical(base())).isEqualTo(ApplicationJson.canonical(base()));
    }

    @Test
    void theFormIsCompactOrderedAndLeavesOutWhatIsNotGiven() {
        String json = ApplicationJson.canonical(anApplication("MEMBERS_HOME").titled("会员之家").attachments(WORK_PLAN).build());
        assertThat(json).isEqualTo("{\"category\":\"MEMBERS_HOME\",\"title\":\"会员之家\","
                + "\"declaredNotInKechuangJiangsu\":true,\"attachments\":[\"WORK_PLAN\"]}");
    }

    @Test
    void attachmentOrderIsIrrelevant() {
        ApplicationContent a = anApplication("MEMBERS_HOME").attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT, DEVELOPMENT_PLAN_3Y).build();
        ApplicationContent b = anApplication("MEMBERS_HOME").attachments(DEVELOPMENT_PLAN_3Y, WORK_PLAN, ENTRUSTMENT_AGREEMENT).build();
        assertThat(a).isNotEqualTo(b);
        assertThat(ApplicationJson.canonical(a)).isEqualTo(ApplicationJson.canonical(b));
    }

    @Test
    void anyChangeChangesIt() {
        List<ApplicationContent> variants = List.of(
                base(),
                anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").withEvent(anEvent().code("EV-1").international(300, 20, 6))
                        .attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT).build(),
                withEvent(anEvent().code("EV-2").international(300, 20, 6)),
                withEvent(anEvent().code("EV-1").named("2021 示例学术年会 ").international(300, 20, 6)),
                withEvent(anEvent().code("EV-1").starting("2021-10-14").international(300, 20, 6)),
                withEvent(anEvent().code("EV-1").ending("2021-10-18").international(300, 20, 6)),
                withEvent(anEvent().code("EV-1").inJiangsu(false).international(300, 20, 6)),
                withEvent(anEvent().code("EV-1").inJiangsu(null).international(300, 20, 6)),
                withEvent(anEvent().code("EV-1").hostRole(HostRole.CO_HOST).international(300, 20, 6)),
                withEvent(anEvent().code("EV-1").planned(300, 20, 6)),
                withEvent(anEvent().code("EV-1").international(301, 20, 6)),
                withEvent(anEvent().code("EV-1").international(300, 21, 6)),
                withEvent(anEvent().code("EV-1").international(300, 20, 7)),
                withEvent(anEvent().code("EV-1").international(300, 20, null)),
                anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").withEvent(anEvent().code("EV-1")
                        .international(300, 20, 6)).attachments(WORK_PLAN).build(),
                anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").withEvent(anEvent().code("EV-1")
                        .international(300, 20, 6)).attachments().build(),
                anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").withEvent(anEvent().code("EV-1")
                        .international(300, 20, 6)).withoutAttachments().build(),
                changed(b -> b.titled("另一个标题")),
                changed(b -> b.titled(null)),
                changed(b -> b.titled("")),
                changed(b -> b.declaredNotInKechuangJiangsu(false)),
                changed(b -> b.declaredNotInKechuangJiangsu(null)),
                changed(b -> b.journalCn("CN32-1234/N")),
                changed(b -> b.continuingJournalProject(true)),
                changed(b -> b.continuingJournalProject(false)),
                changed(b -> b.awardName("奖")),
                changed(b -> b.servedUnit("园区", ServedUnitKind.PARK, true)),
                changed(b -> b.servedUnit("园区", ServedUnitKind.PARK, false)),
                changed(b -> b.activitiesInJiangsu(true)),
                changed(b -> b.withoutEvent()),
                changed(b -> b.titled("a\"b")),
                changed(b -> b.titled("a\\\"b")));
        Set<String> texts = new HashSet<>();
        variants.forEach(v -> texts.add(ApplicationJson.canonical(v)));
        assertThat(texts).hasSameSizeAs(variants);
    }

    @Test
    void theCanonicalFormReadsBackToTheSameContent() {
        ApplicationContent a = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").titled("引号\" 反斜杠\\ 换行\n 制表\t")
                .withEvent(anEvent().code("EV-1").international(300, 20, 6)).attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT)
                .build();
        String json = ApplicationJson.canonical(a);
        ApplicationContent back = ApplicationJson.read(json, Plans.plan2021());
        assertThat(ApplicationJson.canonical(back)).isEqualTo(json);
        assertThat(back.title()).isEqualTo(a.title());
        assertThat(back.event()).isEqualTo(a.event());
    }

    @Test
    void theSocietyHasACanonicalFormToo() {
        var s = Societies.aSociety().withIncident(2019, IncidentKind.FRAUD).build();
        String json = SocietyJson.canonical(s);
        assertThat(SocietyJson.canonical(SocietyJson.read(json, Plans.plan2021()))).isEqualTo(json);
        assertThat(SocietyJson.read(json, Plans.plan2021())).isEqualTo(s);
        assertThat(SocietyJson.canonical(Societies.aSociety().staff(3, 3).build())).isNotEqualTo(json);
    }

    private static ApplicationContent withEvent(cn.jast.plan.domain.fixtures.Events.Builder event) {
        return anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").withEvent(event)
                .attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT).build();
    }

    private static ApplicationContent changed(java.util.function.UnaryOperator<cn.jast.plan.domain.fixtures.Applications.Builder> change) {
        return change.apply(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").withEvent(anEvent().code("EV-1")
                .international(300, 20, 6)).attachments(WORK_PLAN, ENTRUSTMENT_AGREEMENT)).build();
    }
}
