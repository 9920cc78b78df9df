package cn.gov.zhangping.fertility.indicator.application.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.contracts.application.SubMatterChangedV1;
import cn.gov.zhangping.fertility.indicator.application.persistence.SubMatterObservationRepository;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorsChanged;

/** Observes the joint application's sub-matter events and answers its service figures per month of submission. */
@ApplicationScoped
public class ApplicationService {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    SubMatterObservationRepository observations;

    @Inject
    Event<IndicatorsChanged> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void observe(SubMatterChangedV1 e) {
        observations.observe(e.applicationId(), e.subMatter(), e.department(), e.status(), e.dueOn(), e.changedAt());
        changed.fire(new IndicatorsChanged("application"));
    }

    @Transactional
    public ApplicationServiceFigures month(YearMonth month) {
        return ApplicationServiceFigures.of(month.toString(), observations.submittedBetween(
                month.atDay(1).atStartOfDay(CHINA).toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant()),
                LocalDate.now(CHINA));
    }
}
