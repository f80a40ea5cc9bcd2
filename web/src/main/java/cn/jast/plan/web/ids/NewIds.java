package cn.jast.plan.web.ids;

import java.util.UUID;

import cn.jast.plan.domain.application.ApplicationId;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the ids of what the services make come from: a new random one for each draft
 * ({@code ApplicationService.create}) and each public notice ({@code PublicityService.publish}). A bean of its own
 * so that a deployment which seeds a known history through the services (the demo WAR, whose pages, tests and
 * walkthrough name its applications and notices) can name what it makes; the web WAR and the EAR have this class
 * only.
 */
@ApplicationScoped
public class NewIds {

    /** The id of the draft about to be made. */
    public ApplicationId application() {
        return ApplicationId.newId();
    }

    /** The id of the public notice about to be published. */
    public String notice() {
        return UUID.randomUUID().toString();
    }
}
