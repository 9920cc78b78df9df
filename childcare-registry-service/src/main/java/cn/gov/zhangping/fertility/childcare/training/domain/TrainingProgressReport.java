package cn.gov.zhangping.fertility.childcare.training.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.coverage.domain.CoveragePolicy;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandard;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandards;
import cn.gov.zhangping.fertility.childcare.training.persistence.TrainingCohortRepository;

/** Indicator 11 from the recorded cohorts and the seeded targets INFANT_CARE_WORKERS_TRAINED_PER_YEAR and _TOTAL. */
@ApplicationScoped
public class TrainingProgressReport {

    public static final String PER_YEAR = "INFANT_CARE_WORKERS_TRAINED_PER_YEAR";
    public static final String TOTAL = "INFANT_CARE_WORKERS_TRAINED_TOTAL";

    @Inject
    TrainingCohortRepository cohorts;

    @Inject
    PlanningStandards standards;

    @Transactional
    public TrainingProgress progress() {
        PlanningStandard perYear = standards.require(PER_YEAR);
        PlanningStandard total = standards.require(TOTAL);
        List<TrainingTargets.Counted> counted = cohorts.endingIn(null).stream()
                .map(c -> new TrainingTargets.Counted(c.endDate.getYear(), c.trained, c.certified)).toList();
        long trained = counted.stream().mapToLong(TrainingTargets.Counted::trained).sum();
        long certified = counted.stream().mapToLong(TrainingTargets.Counted::certified).sum();
        long byTargetYear = TrainingTargets.trainedBy(counted, total.targetYear);
        return new TrainingProgress(perYear.value, perYear.source, total.value, total.targetYear, total.source, trained,
                certified, CoveragePolicy.sharePercent(trained, total.value.longValue()), byTargetYear,
                TrainingTargets.reaches(byTargetYear, total.value), TrainingTargets.years(counted, perYear.value));
    }
}
