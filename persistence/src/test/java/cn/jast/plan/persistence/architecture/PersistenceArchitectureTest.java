package cn.jast.plan.persistence.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The persistence module's packages mirror the domain's features and form no cycle; it knows nothing of the web. */
@AnalyzeClasses(packages = "cn.jast.plan.persistence", importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBetweenFeaturePackages = slices().matching("cn.jast.plan.persistence.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule persistenceKnowsNothingOfTheWeb = noClasses()
            .that().resideInAPackage("cn.jast.plan.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jast.plan.web..", "jakarta.ws.rs..",
                    "jakarta.faces..", "jakarta.servlet..");
}
