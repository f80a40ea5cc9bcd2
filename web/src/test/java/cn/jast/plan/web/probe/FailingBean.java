package cn.jast.plan.web.probe;

import jakarta.ejb.Stateless;
import cn.jast.plan.web.problem.RuleViolationException;

/** An enterprise bean whose rule violation the container wraps in an {@code EJBException}. Tests only. */
@Stateless
public class FailingBean {

    public String breakRules() {
        throw new RuleViolationException(ProbeResource.violations());
    }
}
