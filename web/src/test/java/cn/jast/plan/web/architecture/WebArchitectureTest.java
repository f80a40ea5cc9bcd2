package cn.jast.plan.web.architecture;

import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.web.auditing.AuditTrail;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the web module: application services that both fronts (REST and Faces) call, and
 * fronts that do no more than translate.
 * <ul>
 * <li>The packages directly under {@code cn.jast.plan.web} (features with their {@code .rest} and
 * {@code .faces} sub-packages, and the shared concerns: access, refusal, problem, ...) form no cycle.</li>
 * <li>An application service ({@code *Service}, and the shared {@code access} and {@code refusal}
 * packages they use) knows nothing of JAX-RS or Faces: what it answers, a page can show.</li>
 * <li>A service refuses with a {@code Refusal}, never with a problem+json answer.</li>
 * <li>Resources and Faces beans reach the database only through a service: no {@code EntityManager}.</li>
 * <li>The persistence module's entities (its rows, receipts, stored files and audit entries) stay behind the
 * services: a service answers with a domain value or a read model of its own, not even a list of entities.</li>
 * <li>Only {@code AuditTrail} builds an audit entry: every entry names the acting user the same way.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "cn.jast.plan.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("cn.jast.plan.web.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule servicesKnowNoFront = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .or().resideInAnyPackage("cn.jast.plan.web.access..", "cn.jast.plan.web.refusal..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..",
                    "org.primefaces..", "org.omnifaces..")
            .because("REST resources and Faces beans call the same application services (one use case, one service)");

    /** A service refuses with a {@code Refusal}; how REST writes it (problem+json) is the REST layer's business. */
    @ArchTest
    static final ArchRule servicesRefuseWithoutHttpStatuses = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .or().resideInAnyPackage("cn.jast.plan.web.access..", "cn.jast.plan.web.refusal..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jast.plan.web.problem..")
            .because("services answer with domain values, read models and refusals, never with HTTP answers");

    @ArchTest
    static final ArchRule frontsUseNoEntityManager = noClasses()
            .that().resideInAnyPackage("..rest..", "..faces..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
            .because("a resource or a Faces bean reads and writes through an application service");

    /**
     * A view- or session-scoped bean travels with the session to the other instance of a cluster (web.xml is
     * {@code <distributable/>}): an injected field marked {@code transient} comes back null there. The CDI
     * proxies it holds are serializable; only the instance's own state is to be left out.
     */
    @ArchTest
    static final ArchRule passivatedBeansKeepTheirInjectedServices = noFields()
            .that().areAnnotatedWith(jakarta.inject.Inject.class)
            .and().areDeclaredInClassesThat(DescribedPredicate.describe(
                    "are view- or session-scoped", c -> c.isAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                            || c.isAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)))
            .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.TRANSIENT)
            .because("the session is replicated between instances, and a transient service is null after fail-over");

    /** One writer of the audit log, so that every entry names its actor and joins the change's transaction alike. */
    @ArchTest
    static final ArchRule onlyTheAuditTrailBuildsAuditEntries = noClasses()
            .that().doNotHaveFullyQualifiedName(AuditTrail.class.getName())
            .and().doNotHaveFullyQualifiedName(AuditTrail.Batch.class.getName())
            .should().callConstructorWhere(DescribedPredicate.describe("a constructor of AuditRecord",
                    (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(AuditRecord.class)))
            .because("the audit trail (cn.jast.plan.web.auditing.AuditTrail) is the one writer of the audit log");

    /** The persistence module's mapped classes (its entities: rows, receipts, stored files, audit entries, ...). */
    static final DescribedPredicate<JavaClass> PERSISTENCE_ROWS = DescribedPredicate.describe(
            "a JPA entity of the persistence module",
            (JavaClass c) -> c.getPackageName().startsWith("cn.jast.plan.persistence")
                    && c.isAnnotatedWith(jakarta.persistence.Entity.class));

    @ArchTest
    static final ArchRule frontsSeeNoPersistenceRows = noClasses()
            .that().resideInAnyPackage("..rest..", "..faces..")
            .should().dependOnClassesThat(PERSISTENCE_ROWS)
            .because("a resource or a Faces bean shows what a service answers: domain values and read models");

    /** A service's class, or a record or class nested in it (its commands, answers and read models). */
    static final DescribedPredicate<JavaClass> SERVICE_OR_ITS_ANSWERS = DescribedPredicate.describe(
            "a service or a type nested in one",
            (JavaClass c) -> c.getSimpleName().endsWith("Service")
                    || c.getEnclosingClass().map(e -> e.getSimpleName().endsWith("Service")).orElse(false));

    /**
     * Not even as a type argument ({@code List<StoredAttachment>}) or in a record an answer is made of: an entity
     * handed out leaves the transaction managed or detached, with its lazy fields and its setters.
     */
    @ArchTest
    static final ArchRule servicesAnswerNoPersistenceRows = methods()
            .that().arePublic().and().areDeclaredInClassesThat(SERVICE_OR_ITS_ANSWERS)
            .should(new ArchCondition<JavaMethod>("answer with no JPA entity of the persistence module") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                        if (PERSISTENCE_ROWS.test(type)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " answers "
                                    + type.getName() + " (in " + method.getSourceCodeLocation() + ")"));
                        }
                    }
                }
            })
            .because("a service answers with domain values and read models, not with the rows it stores them in");
}
