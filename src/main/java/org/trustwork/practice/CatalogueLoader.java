package org.trustwork.practice;

import jakarta.validation.ConstraintViolation;
import org.trustwork.base.TrustworkProperties;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Brings the practice table in line with seeds/practices.yaml at every start.
 * Rows are matched by slug (then number), so ids that sessions and homework point at never change;
 * a row whose content is unchanged is not written at all.
 */
@Component
// Right after base.cluster.StartupLock, which keeps a second instance out until the seeding is done.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class CatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    private final PracticeRepository practices;
    private final PracticeService practiceService;
    private final Validator validator;
    private final Resource catalogue;

    CatalogueLoader(PracticeRepository practices, PracticeService practiceService, Validator validator,
                    TrustworkProperties properties,
                    org.springframework.core.io.ResourceLoader resources) {
        this.practices = practices;
        this.practiceService = practiceService;
        this.validator = validator;
        this.catalogue = resources.getResource(properties.catalogue().location());
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        LoadResult result = load(readSeeds());
        log.info("Practice catalogue: {} practices, {} added, {} updated", result.total(), result.added(),
                result.updated());
    }

    /** The outcome of one load; a second load of the same file reports nothing added or updated. */
    public record LoadResult(int total, int added, int updated) {
    }

    @Transactional
    public LoadResult load(List<PracticeSeed> seeds) {
        validate(seeds);
        forgetCachedCatalogueAfterwards();
        List<Practice> existing = practices.findAllWithDetails();
        Map<String, Practice> bySlug = existing.stream().collect(Collectors.toMap(Practice::getSlug, Function.identity()));
        Map<Integer, Practice> byNumber = new HashMap<>(
                existing.stream().collect(Collectors.toMap(Practice::getNumber, Function.identity())));
        int added = 0;
        int updated = 0;
        for (PracticeSeed seed : seeds) {
            Practice row = bySlug.get(seed.slug());
            if (row == null) {
                row = byNumber.get(seed.number());
            }
            if (row == null) {
                row = new Practice(seed.slug());
                row.applySeed(seed);
                practices.save(row);
                added++;
            } else if (row.applySeed(seed)) {
                updated++;
            }
        }
        practices.flush();
        return new LoadResult(seeds.size(), added, updated);
    }

    /** PracticeService caches the catalogue: it reads it again once this load's transaction has ended. */
    private void forgetCachedCatalogueAfterwards() {
        practiceService.catalogueChanged();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    practiceService.catalogueChanged();
                }
            });
        }
    }

    public List<PracticeSeed> readSeeds() throws IOException {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = catalogue.getInputStream()) {
            return mapper.readValue(in, new TypeReference<List<PracticeSeed>>() {
            });
        }
    }

    private void validate(List<PracticeSeed> seeds) {
        Set<String> problems = new java.util.TreeSet<>();
        Set<Integer> numbers = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (PracticeSeed seed : seeds) {
            for (ConstraintViolation<PracticeSeed> violation : validator.validate(seed)) {
                problems.add("practice " + seed.number() + ": " + violation.getPropertyPath() + " "
                        + violation.getMessage());
            }
            if (!numbers.add(seed.number())) {
                problems.add("number " + seed.number() + " is used twice");
            }
            if (!slugs.add(seed.slug())) {
                problems.add("slug " + seed.slug() + " is used twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The practice catalogue " + catalogue + " is invalid:\n  "
                    + String.join("\n  ", problems));
        }
    }
}
