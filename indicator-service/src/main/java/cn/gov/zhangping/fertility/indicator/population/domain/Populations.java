package cn.gov.zhangping.fertility.indicator.population.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.indicator.population.persistence.PopulationRepository;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorsChanged;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import cn.gov.zhangping.fertility.platform.text.PlainText;

/**
 * Loads the resident population per year and township (DESIGN.md §2: the per-township split is not published, so an
 * administrator loads it). A year is loaded whole (all 16 townships, each once, each above zero) and once: a year
 * already loaded is a conflict, so a denominator behind a published rate never changes silently.
 */
@ApplicationScoped
public class Populations {

    public static final int MAX_POPULATION = 10_000_000;

    @Inject
    PopulationRepository repository;

    @Inject
    Event<IndicatorsChanged> changed;

    /** One row as given: its field name prefix for errors, township code, population (null when unreadable). */
    public record Row(String field, int year, String townshipCode, Long population) {
    }

    @Transactional
    public List<PopulationYear> load(List<Row> rows, String source, String loadedBy) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        for (Row r : rows) {
            if (r.year() < 2000 || r.year() > 2100) {
                errors.add(new Problem.FieldError(r.field() + "year", "must be between 2000 and 2100"));
                continue;
            }
            if (!Townships.isKnown(r.townshipCode())) {
                errors.add(new Problem.FieldError(r.field() + "townshipCode", "is not a township of Zhangping (350881)"));
            }
            if (r.population() == null || r.population() <= 0 || r.population() > MAX_POPULATION) {
                errors.add(new Problem.FieldError(r.field() + "population", "must be between 1 and " + MAX_POPULATION));
            }
            Map<String, Long> year = byYear.computeIfAbsent(r.year(), k -> new LinkedHashMap<>());
            if (r.townshipCode() != null && year.containsKey(r.townshipCode())) {
                errors.add(new Problem.FieldError(r.field() + "townshipCode", "is given twice for " + r.year()));
            }
            year.put(r.townshipCode(), r.population());
        }
        if (rows.isEmpty()) {
            errors.add(new Problem.FieldError("townships", "must not be empty"));
        }
        for (var e : byYear.entrySet()) {
            for (Township t : Townships.all()) {
                if (!e.getValue().containsKey(t.code())) {
                    errors.add(new Problem.FieldError("townships", t.code() + " is missing for " + e.getKey()));
                }
            }
        }
        if (source == null || source.isBlank()) {
            errors.add(new Problem.FieldError("source", "is required"));
        } else if (source.codePointCount(0, source.length()) > 200 || PlainText.problem(source).isPresent()) {
            errors.add(new Problem.FieldError("source", "must be plain text of at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.size() > 50 ? errors.subList(0, 50) : errors);
        }
        for (int year : byYear.keySet()) {
            if (repository.hasYear(year)) {
                throw new DomainException(409, "population-year-loaded", "Population already loaded",
                        "the resident population of " + year + " is already loaded; a loaded year is not replaced");
            }
        }
        Instant now = Instant.now();
        byYear.forEach((year, townships) -> townships.forEach((code, population) ->
                repository.add(year, code, population, source, loadedBy, now)));
        changed.fire(new IndicatorsChanged("population loaded"));
        return byYear.keySet().stream().map(this::get).toList();
    }

    public PopulationYear get(int year) {
        Map<String, Long> townships = repository.between(year, year).get(year);
        if (townships == null) {
            throw DomainException.notFound("Population of year", year);
        }
        List<PopulationYear.TownshipPopulation> rows = new ArrayList<>();
        long total = 0;
        for (Township t : Townships.all()) {
            long p = townships.getOrDefault(t.code(), 0L);
            rows.add(new PopulationYear.TownshipPopulation(t.code(), t.name(), p));
            total += p;
        }
        return new PopulationYear(year, total, repository.source(year), rows);
    }
}
