package cn.jast.plan.web.access;

import java.util.Optional;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.persistence.review.ReviewRepository;
import cn.jast.plan.web.security.CurrentUser;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.jast.plan.web.refusal.Failures;
/**
 * Who may see and do what, decided in the services (not only by {@code @RolesAllowed} on the resources),
 * so that a Faces page calling the same service is held to the same rules:
 * <ul>
 * <li>a society's account sees and edits only its own society's applications;</li>
 * <li>an expert sees only the applications assigned to them (and not declined);</li>
 * <li>the programme office sees everything.</li>
 * </ul>
 * An application the caller may not see is answered as if it did not exist ({@code 404}); a step the
 * caller's role may not take is {@code 403}; nobody logged in is {@code 401}.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentUser user;

    public CurrentUser user() {
        return user;
    }

    /** The acting user's name for the audit log. */
    public String actor() {
        return user.name();
    }

    /** The caller has one of these roles; else 401 (anonymous) or 403. */
    public void require(String... roles) {
        if (user.isAnonymous()) {
            throw Failures.unauthenticated();
        }
        for (String role : roles) {
            if (has(role)) {
                return;
            }
        }
        throw Failures.forbidden("This needs the role " + String.join(" or ", roles) + ".");
    }

    public boolean has(String role) {
        return switch (role) {
            case Roles.OFFICE -> user.isOffice();
            case Roles.EXPERT -> user.isExpert();
            case Roles.SOCIETY -> user.isSociety() && user.societyCode().isPresent();
            default -> false;
        };
    }

    /** The society of a SOCIETY caller; else 401/403. */
    public String requireSociety() {
        require(Roles.SOCIETY);
        return user.societyCode().orElseThrow();
    }

    /** The application if the caller may read it (office; its society; an expert it is assigned to), else 404. */
    public Application readable(EntityManager em, String id) {
        require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        Application a = find(em, id).orElseThrow(() -> Failures.notFound("application " + id));
        if (user.isOffice() || ownsIt(a) || assignedToCaller(em, a)) {
            return a;
        }
        throw Failures.notFound("application " + id);
    }

    /** The application if the caller is its society or the office (experts: 403); another society's: 404. */
    public Application ownedOrOffice(EntityManager em, String id) {
        require(Roles.OFFICE, Roles.SOCIETY);
        Application a = find(em, id).orElseThrow(() -> Failures.notFound("application " + id));
        if (user.isOffice() || ownsIt(a)) {
            return a;
        }
        throw Failures.notFound("application " + id);
    }

    /** The application if the caller is its society (other roles: 403; another society's: 404). */
    public Application owned(EntityManager em, String id) {
        String society = requireSociety();
        Application a = find(em, id).orElseThrow(() -> Failures.notFound("application " + id));
        if (!a.society().value().equals(society)) {
            throw Failures.notFound("application " + id);
        }
        return a;
    }

    /** The application, for the office only. */
    public Application forOffice(EntityManager em, String id) {
        require(Roles.OFFICE);
        return find(em, id).orElseThrow(() -> Failures.notFound("application " + id));
    }

    public boolean ownsIt(Application a) {
        return user.isSociety() && user.societyCode().map(a.society().value()::equals).orElse(false);
    }

    public boolean assignedToCaller(EntityManager em, Application a) {
        return user.isExpert() && new ReviewRepository(em).assignment(a.id().value(), user.name())
                .filter(row -> !row.declined()).isPresent();
    }

    private static Optional<Application> find(EntityManager em, String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Application.class, id));
    }
}
