package org.trustwork.safety;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the safety screen from seeds/measures/screens/hark.yaml once, at start-up; a broken file stops the start
 * with a list of what is wrong, like the measures and the practice catalogue. Kept apart from the measures loader
 * on purpose: a screen's answers are never charted, shared or reported like a measure's.
 */
@Component
public class ScreenCatalogue {

    private final ScreenDefinition screen;

    ScreenCatalogue(Validator validator,
                    @Value("${trustwork.safety.screen-location:classpath:seeds/measures/screens/hark.yaml}")
                    Resource file) throws IOException {
        this.screen = read(validator, file);
    }

    public ScreenDefinition screen() {
        return screen;
    }

    static ScreenDefinition read(Validator validator, Resource file) throws IOException {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        ScreenDefinition definition;
        try (InputStream in = file.getInputStream()) {
            definition = mapper.readValue(in, ScreenDefinition.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The safety screen " + file + " cannot be read: " + e.getMessage(), e);
        }
        Set<String> problems = new TreeSet<>();
        for (ConstraintViolation<ScreenDefinition> v : validator.validate(definition)) {
            problems.add(v.getPropertyPath() + " " + v.getMessage());
        }
        Set<String> keys = new HashSet<>();
        definition.items().stream().filter(java.util.Objects::nonNull).forEach(item -> {
            if (!keys.add(item.key())) {
                problems.add("item key " + item.key() + " is used twice");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The safety screen " + file + " is invalid:\n  "
                    + String.join("\n  ", problems));
        }
        return definition;
    }
}
