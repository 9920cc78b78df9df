package cn.gov.zhangping.fertility.indicator.births.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.indicator.births.persistence.BirthObservationRepository;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorsChanged;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * Births by year of birth, township and sex: the numerators of indicator 1 (crude birth rate) and indicator 2 (sex
 * ratio at birth) of the plan's Annex 1. Each birth registration is observed in one cell, or not counted once it is
 * cancelled; the counts are computed from the observations, so a correction moves a birth rather than adding one.
 */
@ApplicationScoped
public class BirthCounter {

    @Inject
    BirthObservationRepository observations;

    @Inject
    Event<IndicatorsChanged> changed;

    /** Counts the registration in {@code cell} from now on, wherever it was counted before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void observe(UUID registrationId, int revision, BirthCell cell) {
        observations.observe(registrationId, revision, cell);
        changed.fire(new IndicatorsChanged("birth"));
    }

    /** Stops counting the registration (it was cancelled). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID registrationId, int revision) {
        observations.remove(registrationId, revision);
        changed.fire(new IndicatorsChanged("birth"));
    }

    /** Counts of one year for the whole city and for each of the 16 townships (zero where none were born). */
    public BirthCounts forYear(int year) {
        Map<String, Map<String, Long>> counts = observations.countsByTownshipAndSex(year);
        List<BirthCounts.TownshipCounts> rows = new ArrayList<>();
        long male = 0;
        long female = 0;
        for (Township t : Townships.all()) {
            Map<String, Long> bySex = counts.getOrDefault(t.code(), Map.of());
            long m = bySex.getOrDefault("MALE", 0L);
            long f = bySex.getOrDefault("FEMALE", 0L);
            rows.add(new BirthCounts.TownshipCounts(t.code(), t.name(), m + f, m, f));
            male += m;
            female += f;
        }
        return new BirthCounts(year, male + female, male, female, rows);
    }
}
