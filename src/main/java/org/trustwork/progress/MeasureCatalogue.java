package org.trustwork.progress;

import jakarta.validation.ConstraintViolation;
import org.trustwork.base.TrustworkProperties;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The instruments in seeds/measures/*.yaml. Loaded and checked at every start (an invalid file stops the
 * start with a list of what is wrong); a new file adds a measure row, a changed one updates its row, an
 * unchanged set writes nothing. Definitions are then served from memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class MeasureCatalogue implements ApplicationRunner {

    public static final String CHECK_IN = "checkin";

    private static final Logger log = LoggerFactory.getLogger(MeasureCatalogue.class);

    private final MeasureRepository measures;
    private final Validator validator;
    private final String location;
    private volatile Map<String, MeasureDefinition> byCode = Map.of();
    private volatile Map<String, Long> idByCode = Map.of();
    private volatile Map<Long, String> codeById = Map.of();

    MeasureCatalogue(MeasureRepository measures, Validator validator,
                     TrustworkProperties properties) {
        this.measures = measures;
        this.validator = validator;
        this.location = properties.measures().location();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int changed = load(read());
        log.info("Measures: {} loaded ({} added or updated)", byCode.size(), changed);
    }

    List<MeasureDefinition> read() throws IOException {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
        List<MeasureDefinition> definitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                definitions.add(mapper.readValue(in, MeasureDefinition.class));
            } catch (RuntimeException e) {
                problems.add(file.getFilename() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Measures in " + location + " cannot be read:\n  "
                    + String.join("\n  ", problems));
        }
        return definitions;
    }

    /** Validates and stores the definitions; returns how many measure rows were added or changed. */
    @Transactional
    public int load(List<MeasureDefinition> definitions) {
        validate(definitions);
        Map<String, Measure> existing = measures.findAll().stream()
                .collect(Collectors.toMap(Measure::getCode, Function.identity()));
        int changed = 0;
        Map<String, Long> ids = new HashMap<>();
        for (MeasureDefinition definition : definitions) {
            Measure row = existing.get(definition.code());
            if (row == null) {
                row = new Measure(definition.code());
            }
            if (row.apply(definition.name(), fingerprint(definition))) {
                row = measures.save(row);
                changed++;
            }
            ids.put(definition.code(), row.getId());
        }
        measures.flush();
        Map<String, MeasureDefinition> codes = new LinkedHashMap<>();
        definitions.stream().sorted(Comparator.comparing((MeasureDefinition d) -> d.validated())
                        .thenComparing(d -> d.items().size()))
                .forEach(d -> codes.put(d.code(), d));
        byCode = Map.copyOf(codes);
        idByCode = Map.copyOf(ids);
        codeById = ids.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
        return changed;
    }

    public Optional<MeasureDefinition> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public MeasureDefinition get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No measure " + code));
    }

    public MeasureDefinition checkIn() {
        return get(CHECK_IN);
    }

    /** The questionnaires a therapist can ask for: every measure but the brief check-in, shortest first. */
    public List<MeasureDefinition> questionnaires() {
        return byCode.values().stream().filter(d -> !d.code().equals(CHECK_IN))
                .sorted(Comparator.comparing((MeasureDefinition d) -> d.items().size())).toList();
    }

    public Collection<MeasureDefinition> all() {
        return byCode.values();
    }

    long idOf(String code) {
        Long id = idByCode.get(code);
        if (id == null) {
            throw new IllegalArgumentException("No measure " + code);
        }
        return id;
    }

    MeasureDefinition byId(long id) {
        return get(codeById.get(id));
    }

    private void validate(List<MeasureDefinition> definitions) {
        var problems = new TreeSet<String>();
        var codes = new java.util.HashSet<String>();
        for (MeasureDefinition d : definitions) {
            String name = d.code() == null ? "a measure" : "measure " + d.code();
            for (ConstraintViolation<MeasureDefinition> v : validator.validate(d)) {
                problems.add(name + ": " + v.getPropertyPath() + " " + v.getMessage());
            }
            d.consistencyProblems().forEach(p -> problems.add(name + ": " + p));
            if (d.code() != null && !codes.add(d.code())) {
                problems.add("code " + d.code() + " is used twice");
            }
        }
        if (!codes.contains(CHECK_IN)) {
            problems.add("the brief check-in (code " + CHECK_IN + ") is missing");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The measures in " + location + " are invalid:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static String fingerprint(MeasureDefinition definition) {
        try {
            byte[] json = JsonMapper.builder().build().writeValueAsBytes(definition);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
