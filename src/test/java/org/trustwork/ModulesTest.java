package org.trustwork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package of {@code org.trustwork} is a Spring Modulith application module: no cycles between them,
 * and a module uses only what another one exposes (its top-level package, or a sub-package it names as an
 * interface, such as a feature's {@code ui} components other screens embed).
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void the_features_form_a_dag_and_use_only_what_each_other_exposes() {
        MODULES.verify();
    }

    /**
     * Writes the module documentation (a PlantUML C4 component diagram of all modules and one diagram and canvas
     * per module) to {@code target/module-docs}, and checks that the copy in {@code docs/modules} names the same
     * modules. After adding or removing a module, refresh it:
     * {@code ./mvnw test -Dtest=ModulesTest -Dtrustwork.module-docs=docs/modules}.
     */
    @Test
    void docs_modules_describes_every_module() throws java.io.IOException {
        String target = System.getProperty("trustwork.module-docs", "target/module-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(target)).writeDocumentation();

        var generated = moduleFiles(java.nio.file.Path.of(target));
        assertThat(generated).as("one diagram per module").hasSize((int) MODULES.stream().count());
        assertThat(moduleFiles(java.nio.file.Path.of("docs/modules")))
                .as("docs/modules is up to date (see this test's comment for the command)")
                .containsExactlyInAnyOrderElementsOf(generated);
    }

    private static java.util.List<String> moduleFiles(java.nio.file.Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("module-") && name.endsWith(".puml")).sorted().toList();
        }
    }
}
