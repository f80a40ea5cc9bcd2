package cn.jast.plan.web.faces.refusal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.rules.Severity;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.domain.support.LocalizedText;
import cn.jast.plan.web.faces.refusal.RefusalMessages.Fields;
import cn.jast.plan.web.faces.refusal.RefusalMessages.Placed;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.refusal.RefusedByRules;
import jakarta.faces.application.FacesMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service's refusal becomes one Faces message per thing refused, beside the field it names, in the page's language. */
class RefusalMessagesTest {

    private static final Violation LIMIT_1 = new Violation("LIMIT-1", "II.3.1", Severity.VIOLATION,
            LocalizedText.of("学会只能申报一个类别", "A society applies for one of these categories only"));
    private static final Violation DEADLINE_1 = new Violation("DEADLINE-1", "V.2", Severity.VIOLATION,
            LocalizedText.of("逾期不予受理", "Late applications are not accepted"));

    @Test
    void everyViolatedRuleIsOneMessageInThePagesLanguageBesideTheFieldItNames() {
        Fields fields = Fields.of(Map.of("LIMIT-1", "form:category"));

        List<Placed> zh = RefusalMessages.messages(new RefusedByRules(List.of(LIMIT_1, DEADLINE_1)), Locale.CHINA, fields);
        List<Placed> en = RefusalMessages.messages(new RefusedByRules(List.of(LIMIT_1, DEADLINE_1)), Locale.ENGLISH, fields);

        assertThat(zh).extracting(Placed::clientId).containsExactly("form:category", null);
        assertThat(zh).extracting(p -> p.message().getSummary()).containsExactly("LIMIT-1（指南 II.3.1）", "DEADLINE-1（指南 V.2）");
        assertThat(zh).extracting(p -> p.message().getDetail()).containsExactly("学会只能申报一个类别", "逾期不予受理");
        assertThat(en).extracting(p -> p.message().getDetail())
                .containsExactly("A society applies for one of these categories only", "Late applications are not accepted");
        assertThat(zh).allSatisfy(p -> assertThat(p.message().getSeverity()).isEqualTo(FacesMessage.SEVERITY_ERROR));
    }

    @Test
    void everyBadFieldIsOneMessageAttachedToItsComponent() {
        InvalidInput invalid = InvalidInput.fields("2 fields", List.of(
                new FieldError("event.startDate", "must be a date, e.g. 2021-10-15"),
                new FieldError("title", "must not be blank")));

        List<Placed> placed = RefusalMessages.messages(invalid, Locale.CHINA,
                Fields.of(Map.of("event.startDate", "form:start", "title", "form:title")));

        assertThat(placed).extracting(Placed::clientId).containsExactly("form:start", "form:title");
        assertThat(placed.get(0).message().getSummary()).isEqualTo("填写有误：event.startDate");
        assertThat(placed.get(0).message().getDetail()).isEqualTo("must be a date, e.g. 2021-10-15");
    }

    @Test
    void theOtherKindsAreOneGlobalMessageWithTheBundlesSummary() {
        assertThat(RefusalMessages.messages(Failures.notFound("application X"), Locale.CHINA, Fields.none()))
                .singleElement().satisfies(p -> {
                    assertThat(p.clientId()).isNull();
                    assertThat(p.message().getSummary()).isEqualTo("没有找到所请求的内容");
                });
        assertThat(RefusalMessages.messages(Failures.unauthenticated(), Locale.ENGLISH, Fields.none()))
                .singleElement().satisfies(p -> assertThat(p.message().getSummary()).isEqualTo("Please log in"));
        assertThat(RefusalMessages.messages(new TransitionRefused(LocalizedText.of("只有草稿可以提交", "Only a draft is submitted")),
                Locale.CHINA, Fields.none()))
                .singleElement().satisfies(p -> assertThat(p.message().getDetail()).isEqualTo("只有草稿可以提交"));
    }

    @Test
    void whatIsNoRefusalIsThrownOnForTheErrorPage() {
        IllegalStateException bug = new IllegalStateException("a bug");

        assertThat(RefusalMessages.isRefusal(bug)).isFalse();
        assertThatThrownBy(() -> RefusalMessages.messages(bug, Locale.CHINA, Fields.none())).isSameAs(bug);
    }

    @Test
    void aRefusedItemOfABulkStepIsNamedAtTheHeadOfEveryMessageAndOfTheDetail() {
        RefusedByRules refused = new RefusedByRules(List.of(LIMIT_1, DEADLINE_1));
        refused.about("D21-21 × expert4");

        List<Placed> zh = RefusalMessages.messages(refused, Locale.CHINA, Fields.of(Map.of("LIMIT-1", "form:category")));
        List<Placed> en = RefusalMessages.messages(refused, Locale.ENGLISH, Fields.none());

        assertThat(zh).extracting(Placed::clientId).containsExactly("form:category", null);
        assertThat(zh).extracting(p -> p.message().getSummary())
                .containsExactly("D21-21 × expert4：LIMIT-1（指南 II.3.1）", "D21-21 × expert4：DEADLINE-1（指南 V.2）");
        assertThat(zh.get(0).message().getDetail()).isEqualTo("学会只能申报一个类别");
        assertThat(en.get(0).message().getSummary()).startsWith("D21-21 × expert4: LIMIT-1");
        assertThat(refused.detail()).isEqualTo("D21-21 × expert4: The request breaks 2 rules of the guide.");
        assertThat(Failures.conflict("not now").detail()).as("no item, no prefix").isEqualTo("not now");
    }
}
