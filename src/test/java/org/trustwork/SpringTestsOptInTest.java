package org.trustwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * Every Spring test runs on H2 and, in the build's second run, on PostgreSQL (docs/design-decisions/0010). The second
 * run is an explicit opt-in ({@link AlsoOnPostgres}, part of {@link TrustworkTest}), so a new test class with a
 * {@code @SpringBootTest} of its own that says neither it nor {@link OnlyOnH2} would silently run on H2 only.
 */
class SpringTestsOptInTest {

    @Test
    void every_spring_test_says_whether_it_also_runs_on_postgresql() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*(Test|IT|Benchmark)")));
        List<String> silent = new ArrayList<>();
        int springTests = 0;
        for (var candidate : scanner.findCandidateComponents("org.trustwork")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            var annotations = MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY);
            if (!annotations.isPresent(SpringBootTest.class)) {
                continue;
            }
            springTests++;
            if (!annotations.isPresent(AlsoOnPostgres.class) && !annotations.isPresent(OnlyOnH2.class)) {
                silent.add(type.getName());
            }
        }
        assertThat(springTests).as("Spring tests found").isGreaterThan(30);
        assertThat(silent).as("Spring tests that would run on H2 only without saying so: use @TrustworkTest, "
                + "or add @AlsoOnPostgres (or @OnlyOnH2 with the reason) next to their @SpringBootTest").isEmpty();
    }
}
