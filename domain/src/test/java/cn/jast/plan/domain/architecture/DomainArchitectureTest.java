package cn.jast.plan.domain.architecture;

import cn.jast.plan.domain.rules.GuideRule;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain is plain Java: no framework, no library, and nothing of the outer modules (STYLE.md). */
@AnalyzeClasses(packages = "cn.jast.plan.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule theDomainDependsOnlyOnJavaAndItself = classes()
            .that().resideInAPackage("cn.jast.plan.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.jast.plan.domain..")
            .because("the domain is plain Java 17 (no jakarta.., javax.., org.., com.. or any other library)");

    @ArchTest
    static final ArchRule noFrameworkInTheDomain = noClasses()
            .that().resideInAPackage("cn.jast.plan.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org..", "com..", "net..",
                    "io..", "lombok..", "java.sql..", "java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfPersistenceOrWeb = noClasses()
            .that().resideInAPackage("cn.jast.plan.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jast.plan.persistence..", "cn.jast.plan.web..",
                    "cn.jast.plan.application..", "cn.jast.plan.ear..");

    /** Every rule of the guide is a named rule object of the rules package, and none hides elsewhere. */
    @ArchTest
    static final ArchRule everyGuideRuleLivesInTheRulesPackage = classes()
            .that().areAssignableTo(GuideRule.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should().resideInAPackage("cn.jast.plan.domain.rules");

    /**
     * The feature packages form no cycle: what an application declares ({@code content}, with the
     * values written into its form and a society's role in an event) depends on no other feature; the
     * forms ({@code form}) bind the content's facts; the plan year ({@code plan}) reads and holds its
     * forms; the rules read content and plan; the JSON shapes ({@code exchange}) read and write them
     * all; and the lifecycle ({@code application}) applies the rules. No package is left out.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenFeaturePackages = slices().matching("cn.jast.plan.domain.(*)..")
            .should().beFreeOfCycles();
}
