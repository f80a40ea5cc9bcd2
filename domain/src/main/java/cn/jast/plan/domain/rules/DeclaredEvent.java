package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.ApplicationContent.Event;

import java.util.Objects;

/** An academic event that another society has declared under a sub-project (LIMIT-4 looks at all declarations). */
public record DeclaredEvent(String category, String subProject, Event event) {
    public DeclaredEvent {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(event, "event");
    }
}
