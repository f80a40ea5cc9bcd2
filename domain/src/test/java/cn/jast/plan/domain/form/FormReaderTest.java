package cn.jast.plan.domain.form;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanFileException;
import cn.jast.plan.domain.plan.PlanYearReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A plan file whose forms are wrong fails with line, column and field path, as the rest of the file does. */
class FormReaderTest {
    private static final String TEXT = Plans.plan2021Text();

    private static String spoil(String target, String replacement) {
        int at = TEXT.indexOf(target);
        assertThat(at).as("the 2021 file contains " + target).isNotNegative();
        assertThat(TEXT.indexOf(target, at + 1)).as(target + " occurs once").isNegative();
        return TEXT.substring(0, at) + replacement + TEXT.substring(at + target.length());
    }

    private static PlanFileException failure(String json) {
        return catchThrowableOfType(PlanFileException.class, () -> PlanYearReader.read(json, "plan-x.json"));
    }

    private static int lineOf(String json, String text) {
        int at = json.indexOf(text);
        return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void anUnknownMemberOfAFieldIsNamedWithItsPath() {
        String json = spoil("{\"code\": \"abstract\", \"type\": \"LONG_TEXT\",", "{\"code\": \"abstract\", \"colour\": 1, \"type\": \"LONG_TEXT\",");
        PlanFileException e = failure(json);
        assertThat(e.field()).isEqualTo("forms.common[0].fields[1].colour");
        assertThat(e.line()).isEqualTo(lineOf(json, "\"colour\""));
        assertThat(e.getMessage()).contains("unknown member \"colour\"");
    }

    @Test
    void aBindingToAFactThatDoesNotExist() {
        PlanFileException e = failure(spoil("\"binding\": \"awardName\"", "\"binding\": \"award.title\""));
        assertThat(e.field()).endsWith(".binding");
        assertThat(e.getMessage()).contains("not a fact of the application").contains("awardName");
    }

    @Test
    void aBoundFieldOfTheWrongType() {
        PlanFileException e = failure(spoil("{\"code\": \"plannedParticipants\", \"type\": \"INTEGER\"",
                "{\"code\": \"plannedParticipants\", \"type\": \"MONEY\""));
        assertThat(e.getMessage()).contains("bound to event.plannedParticipants must be of type INTEGER");
    }

    @Test
    void aChoiceListThatDoesNotExist() {
        PlanFileException e = failure(spoil("\"choices\": \"ONLINE_HOMES\"", "\"choices\": \"ONLINE_HOUSES\""));
        assertThat(e.field()).endsWith(".choices");
        assertThat(e.getMessage()).contains("names no choice list");
    }

    @Test
    void aChoiceABoundFactDoesNotAccept() {
        PlanFileException e = failure(spoil("{\"code\": \"CO_ORGANISER\", \"label\": {\"zh\": \"联合承办\"",
                "{\"code\": \"SPONSOR\", \"label\": {\"zh\": \"联合承办\""));
        assertThat(e.getMessage()).contains("SPONSOR").contains("event.hostRole");
    }

    @Test
    void aTextWithoutItsLengthAndAMissingLabel() {
        assertThat(failure(spoil("\"clause\": \"III.10.1\", \"maxLength\": 1000}", "\"clause\": \"III.10.1\"}")).getMessage())
                .contains("a text field needs a maxLength");
        assertThat(failure(spoil("{\"code\": \"problems\", \"type\": \"LONG_TEXT\", \"required\": true, \"label\": {\"zh\": \"学会改革发展中的突出问题\", \"en\": \"The society's pressing problems\"},",
                "{\"code\": \"problems\", \"type\": \"LONG_TEXT\", \"required\": true,")).getMessage())
                .contains("the member \"label\" is missing");
    }

    @Test
    void everyCategoryHasAFormEntry() {
        PlanFileException e = failure(spoil("\"category\": \"DEVELOPMENT_SUPPORT\"", "\"category\": \"MEMBERS_HOME\""));
        assertThat(e.getMessage()).contains("the form of category MEMBERS_HOME is given twice");
    }

    @Test
    void aSubProjectOfAnotherCategory() {
        PlanFileException e = failure(spoil("\"subProject\": \"ECONOMY_B\"", "\"subProject\": \"HEALTH_ELDERLY\""));
        assertThat(e.getMessage()).contains("\"HEALTH_ELDERLY\" is not a sub-project of ECONOMY_INTEGRATION");
    }

    @Test
    void aSectionOfTheCommonPartRepeatedInACategory() {
        PlanFileException e = failure(spoil("\"code\": \"membersHome\"", "\"code\": \"budget\""));
        assertThat(e.getMessage()).contains("section budget appears twice in the form of MEMBERS_HOME");
    }

    @Test
    void aFileWithoutFormsIsRefused() {
        int at = TEXT.indexOf(",\n  \"forms\":");
        String json = TEXT.substring(0, at) + "\n}\n";
        assertThat(failure(json).getMessage()).contains("the member \"forms\" is missing");
    }
}
