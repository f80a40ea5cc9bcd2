package cn.jast.plan.demo;

import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.web.ids.NewIds;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * The ids of new drafts and notices in the demo WAR: the demo's own ({@code D21-01} ..., {@code N21-RESULTS-1}, ...)
 * for what the seeding makes through the services under a name ({@link Acting#naming}), a random one for
 * everything else, the seeding's unnamed calls included. Only the demo module has this class.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class SeedingIds extends NewIds {

    @Override
    public ApplicationId application() {
        return named().map(ApplicationId::new).orElseGet(super::application);
    }

    @Override
    public String notice() {
        return named().orElseGet(super::notice);
    }

    private static java.util.Optional<String> named() {
        return Acting.current().map(Acting::newId);
    }
}
