package cn.gov.zhangping.fertility.indicator.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.indicator.catalogue.domain.Catalogue;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Indicator;
import cn.gov.zhangping.fertility.indicator.reporting.persistence.ReportedValueRepository;
import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorsChanged;
import cn.gov.zhangping.fertility.indicator.values.persistence.IndicatorValueRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * Reported values (the plan's work-guarantee section: each department reports its targets): a department
 * submits an indicator it owns (Annex 1) per period and township; a Health Commission reviewer approves it, which
 * locks it and makes it the indicator's value, or returns it with a comment for the department to submit again.
 * Indicators computed from events are not reported.
 */
@ApplicationScoped
public class Reporting {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";

    @Inject
    Catalogue catalogue;

    @Inject
    ReportedValueRepository repository;

    @Inject
    IndicatorValueRepository values;

    @Inject
    Event<IndicatorsChanged> changed;

    public record Submission(int indicator, String period, String townshipCode, long numerator, Long denominator, String note) {
    }

    /** Submits (or, while not approved, submits again) a value; {@code departments} are the caller's departments. */
    @Transactional
    public ReportedValue submit(Submission s, Set<Department> departments, String actor) {
        Indicator indicator = catalogue.get(s.indicator());
        Department department = departments.stream().filter(indicator::isOwnedBy).findFirst()
                .orElseThrow(() -> new DomainException(403, "not-owner", "Not the owning department",
                        "indicator " + s.indicator() + " is reported by " + indicator.owners()));
        if (indicator.isComputed()) {
            throw new DomainException(409, "computed-indicator", "Indicator is computed",
                    "indicator " + s.indicator() + " is computed from events (" + indicator.computedFrom() + "), not reported");
        }
        String township = s.townshipCode() == null ? Townships.CITY_CODE : s.townshipCode();
        if (!township.equals(Townships.CITY_CODE) && !Townships.isKnown(township)) {
            throw DomainException.invalid("townshipCode", "is not a township of Zhangping (350881) nor the city itself");
        }
        checkNumbers(indicator, s.numerator(), s.denominator());
        Instant now = Instant.now();
        var existing = repository.findByKey(s.indicator(), s.period(), township);
        ReportedValue value;
        if (existing.isEmpty()) {
            value = new ReportedValue(UUID.randomUUID(), s.indicator(), s.period(), township, s.numerator(), s.denominator(),
                    s.note(), department.name(), SUBMITTED, 1, null, now, List.of());
            repository.insert(value);
        } else {
            ReportedValue old = existing.get();
            if (APPROVED.equals(old.state())) {
                throw new DomainException(409, "value-locked", "Value approved and locked",
                        "the value of indicator " + s.indicator() + " for " + s.period() + " is approved and locked");
            }
            value = new ReportedValue(old.id(), s.indicator(), s.period(), township, s.numerator(), s.denominator(),
                    s.note(), department.name(), SUBMITTED, old.revision() + 1, null, now, List.of());
            repository.update(value);
        }
        repository.record(value.id(), value.revision(), SUBMITTED, s.numerator(), s.denominator(), null, actor, now);
        return get(value.id());
    }

    @Transactional
    public ReportedValue approve(UUID id, String actor) {
        ReportedValue v = submitted(id);
        Instant now = Instant.now();
        repository.update(withState(v, APPROVED, null, now));
        repository.record(id, v.revision(), APPROVED, v.numerator(), v.denominator(), null, actor, now);
        values.put(v.indicator(), v.period(), v.townshipCode(), v.numerator(), v.denominator(), Cell.REPORTED, id, now);
        changed.fire(new IndicatorsChanged("reported value approved"));
        return get(id);
    }

    @Transactional
    public ReportedValue returnWithComment(UUID id, String comment, String actor) {
        ReportedValue v = submitted(id);
        Instant now = Instant.now();
        repository.update(withState(v, RETURNED, comment, now));
        repository.record(id, v.revision(), RETURNED, v.numerator(), v.denominator(), comment, actor, now);
        return get(id);
    }

    public ReportedValue get(UUID id) {
        return repository.find(id, false).orElseThrow(() -> DomainException.notFound("Reported value", id));
    }

    public List<ReportedValue> list(String state, Integer indicator, int limit) {
        return repository.list(state, indicator, limit);
    }

    private ReportedValue submitted(UUID id) {
        ReportedValue v = repository.find(id, true).orElseThrow(() -> DomainException.notFound("Reported value", id));
        if (!SUBMITTED.equals(v.state())) {
            throw new DomainException(409, "not-submitted", "Value is not awaiting review",
                    "the value is " + v.state() + "; only a submitted value is approved or returned");
        }
        return v;
    }

    private static ReportedValue withState(ReportedValue v, String state, String comment, Instant at) {
        return new ReportedValue(v.id(), v.indicator(), v.period(), v.townshipCode(), v.numerator(), v.denominator(),
                v.note(), v.department(), state, v.revision(), comment, at, v.history());
    }

    /** A count has no denominator; every other measure needs one, and a proportion's numerator is part of it. */
    private static void checkNumbers(Indicator indicator, long numerator, Long denominator) {
        if ("COUNT".equals(indicator.measure())) {
            if (denominator != null) {
                throw DomainException.invalid("denominator", "must be absent: indicator " + indicator.number() + " is a count");
            }
            return;
        }
        if (denominator == null || denominator == 0) {
            throw DomainException.invalid("denominator", "is required and must be above 0");
        }
        if ("PROPORTION".equals(indicator.measure()) && numerator > denominator) {
            throw DomainException.invalid("numerator", "must not exceed the denominator");
        }
    }
}
