package cn.gov.zhangping.fertility.indicator.catalogue.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.indicator.catalogue.persistence.IndicatorRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem;

/** The 24 indicators of Annex 1 and their targets by plan period. */
@ApplicationScoped
public class Catalogue {

    @Inject
    IndicatorRepository repository;

    public List<Indicator> all() {
        return repository.all();
    }

    public Map<Integer, Indicator> byNumber() {
        return all().stream().collect(Collectors.toMap(Indicator::number, Function.identity()));
    }

    public Indicator get(int number) {
        Indicator indicator = byNumber().get(number);
        if (indicator == null) {
            throw DomainException.notFound("Indicator", number);
        }
        return indicator;
    }

    /** Adds the targets of a new plan period; the targets of a period, once loaded, are kept as they are. */
    @Transactional
    public Indicator addTarget(int number, Target target) {
        get(number);
        if (target.lastYear() < target.firstYear() || target.targetYear() < target.firstYear()
                || target.targetYear() > target.lastYear()) {
            throw DomainException.invalid(List.of(new Problem.FieldError("lastYear",
                    "firstYear <= targetYear <= lastYear must hold")));
        }
        if (!target.planPeriod().equals(target.firstYear() + "-" + target.lastYear())) {
            throw DomainException.invalid("planPeriod", "must be firstYear-lastYear");
        }
        if (repository.hasTarget(number, target.planPeriod())) {
            throw new DomainException(409, "target-exists", "Target already loaded",
                    "indicator " + number + " already has a target for plan period " + target.planPeriod());
        }
        repository.addTarget(number, target);
        return get(number);
    }
}
