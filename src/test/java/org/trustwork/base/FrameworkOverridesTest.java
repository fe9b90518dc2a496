package org.trustwork.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.trustwork.TrustworkTest;

/**
 * Every {@link FrameworkOverride} in one place: each is listed in its design note, and what each relies on still
 * holds. When an upgrade makes one of these fail, read the note before changing the test: the override may have to
 * change with the framework, or may no longer be needed at all.
 */
@TrustworkTest
class FrameworkOverridesTest {

    /** The versions the overrides were measured and written against (docs/design-decisions/0002 and 0007). */
    private static final String VAADIN = "25.2.5";
    private static final String H2 = "2.4.240";

    @Autowired
    NavigationAccessControl navigationAccessControl;
    @Autowired
    FilterChainProxy filterChains;

    @Test
    void every_override_is_listed_in_its_design_note() throws Exception {
        Map<String, FrameworkOverride> overrides = overrides();
        assertThat(overrides.keySet()).containsExactlyInAnyOrder(
                "NoPolymerTemplates", "ViewAccessControl", "SignInStepsAfterPassword", "HeadersWrittenEagerly",
                "EmbeddedStoreHousekeeping", "MigrationSession");
        String index = note("0007");
        overrides.forEach((name, override) -> {
            assertThat(index).as("0007 lists %s", name).contains(name);
            assertThat(note(override.note())).as("the note of %s", name).isNotBlank();
            assertThat(override.reliesOn()).isNotBlank();
        });
    }

    @Test
    void vaadin_still_finds_the_polymer_handler_that_says_there_are_no_polymer_templates() {
        assertThat(com.vaadin.flow.server.Version.getFullVersion())
                .as("NoPolymerTemplates implements an interface of Vaadin's internal package: measured on " + VAADIN
                        + "; check 0007 (is the per-event lookup still there?) and move this version")
                .isEqualTo(VAADIN);
        // Vaadin still collects implementations of the interface at start-up (from the allowed packages)...
        var collected = com.vaadin.flow.server.startup.LookupServletContainerInitializer.class
                .getAnnotation(jakarta.servlet.annotation.HandlesTypes.class).value();
        assertThat(collected).contains(DeprecatedPolymerPublishedEventHandler.class);
        // ...and the handler of published events is still the one that asks for it.
        assertThat(classFile(com.vaadin.flow.server.communication.rpc.PublishedServerEventHandlerRpcHandler.class))
                .contains(DeprecatedPolymerPublishedEventHandler.class.getName().replace('.', '/'));
        assertThat(DeprecatedPolymerPublishedEventHandler.class)
                .isAssignableFrom(org.trustwork.base.ui.NoPolymerTemplates.class);
    }

    @Test
    void vaadin_uses_the_route_check_that_looks_up_the_role_prefix_once() throws Exception {
        assertThat(navigationAccessControl.getClass().getName()).isEqualTo("org.trustwork.security.ViewAccessControl");
        // The method ViewAccessControl overrides: asked on every route check, and still ours to override.
        Method rolesChecker = SpringNavigationAccessControl.class.getDeclaredMethod("getRolesChecker", VaadinRequest.class);
        assertThat(Modifier.isFinal(rolesChecker.getModifiers())).isFalse();
        assertThat(rolesChecker.getReturnType()).isEqualTo(Predicate.class);
        assertThat(navigationAccessControl.getClass().getDeclaredMethod("getRolesChecker", VaadinRequest.class))
                .isNotNull();
    }

    @Test
    void the_form_sign_in_ends_in_trustworks_sign_in_steps_and_headers_are_written_eagerly() {
        List<Object> successHandlers = new ArrayList<>();
        List<Object> eager = new ArrayList<>();
        // The application's chain: the one with the sign-in form.
        for (var chain : filterChains.getFilterChains()) {
            if (chain.getFilters().stream().noneMatch(UsernamePasswordAuthenticationFilter.class::isInstance)) {
                continue;
            }
            for (var filter : chain.getFilters()) {
                if (filter instanceof UsernamePasswordAuthenticationFilter form) {
                    successHandlers.add(ReflectionTestUtils.invokeMethod(form, "getSuccessHandler"));
                }
                if (filter instanceof HeaderWriterFilter headers) {
                    eager.add(ReflectionTestUtils.getField(headers, "shouldWriteHeadersEagerly"));
                }
            }
        }
        // Not Vaadin's own handler, which would sign in on the password alone (0007).
        assertThat(successHandlers).singleElement()
                .satisfies(handler -> assertThat(handler.getClass().getSimpleName()).isEqualTo("SignInSteps"));
        assertThat(eager).isNotEmpty().containsOnly(true);
    }

    @Test
    void h2_is_the_version_whose_store_and_check_constraints_the_workarounds_were_written_for() {
        String version = new org.h2.Driver().getMajorVersion() + "." + new org.h2.Driver().getMinorVersion() + "."
                + org.h2.engine.Constants.BUILD_ID;
        assertThat(version).as("EmbeddedStoreHousekeeping and MigrationSession work around H2 " + H2
                + " (0002): on a new H2, check whether the background compaction and the check constraints still need"
                + " them, then move this version").isEqualTo(H2);
    }

    private static Map<String, FrameworkOverride> overrides() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(FrameworkOverride.class));
        Map<String, FrameworkOverride> found = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("org.trustwork")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            found.put(type.getSimpleName(), type.getAnnotation(FrameworkOverride.class));
        }
        return found;
    }

    private static String classFile(Class<?> type) {
        try (var in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String note(String number) {
        try (var notes = Files.list(Path.of("docs/design-decisions"))) {
            Path note = notes.filter(p -> p.getFileName().toString().startsWith(number + "-")).findFirst().orElseThrow();
            return Files.readString(note);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
