package org.trustwork;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "org.trustwork", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call services, which own transactions and access checks");

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("features talk to each other through services");

    @ArchTest
    static final ArchRule every_view_says_who_may_open_it = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class);

    /**
     * Features form a DAG: one slice per top-level package, its sub-packages ({@code ui}) included. (The earlier
     * rule, {@code org.trustwork.(**)}, made {@code couple} and {@code couple.ui} different slices and so missed a
     * ring of 11 features.) {@link ModulesTest} checks the same and more with Spring Modulith; this rule names the
     * classes of a cycle more plainly when one appears.
     */
    @ArchTest
    static final ArchRule no_cycles_between_features = slices().matching("org.trustwork.(*)..").should().beFreeOfCycles();
}
