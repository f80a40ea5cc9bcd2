package cn.jast.plan.domain.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @ArchTest
    static final ArchRule theDomainHasClasses = classes()
            .that().resideInAPackage("cn.jast.plan.domain.rules..")
            .should().resideInAPackage("cn.jast.plan.domain..");
}
