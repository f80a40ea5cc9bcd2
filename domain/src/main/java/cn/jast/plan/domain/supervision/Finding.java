package cn.jast.plan.domain.supervision;

import cn.jast.plan.domain.society.IncidentKind;

import java.util.List;
import java.util.Objects;

/**
 * One finding of an inspection, with its evidence (attachment ids).
 *
 * @param misconduct FRAUD (弄虚作假) or FUND_MISUSE (违规使用项目资金) makes it an integrity incident (ELIG-3);
 *                   null for a finding that is not misconduct (a remark, a required correction)
 */
public record Finding(String text, IncidentKind misconduct, List<String> evidence) {
    public Finding {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a finding says what was found");
        }
        evidence = List.copyOf(Objects.requireNonNullElse(evidence, List.of()));
    }

    public boolean isMisconduct() {
        return misconduct != null;
    }
}
