package cn.jast.plan.domain.form;

import cn.jast.plan.domain.support.LocalizedText;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A list of choices that is plan data, e.g. the 13 advanced manufacturing clusters and five hot
 * topics of III.8.1 with "other", or the kinds of popular-science resource of III.4.1(2).
 */
public record ChoiceList(String code, LocalizedText name, List<Choice> choices) {
    public ChoiceList {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("choice list " + code + " has no choices");
        }
        Set<String> seen = new HashSet<>();
        for (Choice c : choices) {
            if (!seen.add(c.code())) {
                throw new IllegalArgumentException("choice " + c.code() + " is given twice in " + code);
            }
        }
    }

    public boolean contains(String choiceCode) {
        return choice(choiceCode).isPresent();
    }

    public Optional<Choice> choice(String choiceCode) {
        return choices.stream().filter(c -> c.code().equals(choiceCode)).findFirst();
    }

    public List<String> codes() {
        return choices.stream().map(Choice::code).toList();
    }
}
