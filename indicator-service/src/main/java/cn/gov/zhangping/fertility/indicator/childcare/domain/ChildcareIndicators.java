package cn.gov.zhangping.fertility.indicator.childcare.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.contracts.childcare.InstitutionChangedV1;
import cn.gov.zhangping.fertility.contracts.reference.CommunityChangedV1;
import cn.gov.zhangping.fertility.indicator.childcare.persistence.ChildcareObservationRepository;
import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorsChanged;

/**
 * Indicators 12-15 from the registry's events. A year's value is the registry as it stood at the end of that year
 * (China Standard Time), or now for the current year; a year before the registry published any institution, or a
 * year still to come, has no value.
 */
@ApplicationScoped
public class ChildcareIndicators {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String MIN_RESIDENTS_RULE = "INCLUSIVE_TOWNSHIP_MIN_RESIDENTS";

    @Inject
    ChildcareObservationRepository observations;

    @Inject
    Event<IndicatorsChanged> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void institution(InstitutionChangedV1 e) {
        observations.observeInstitution(e.institutionId(), e.revision(), e.changedAt(), e.kind().name(), e.inclusive(),
                e.townshipCode(), e.communityCode(), e.status().name(), e.totalSlots(), e.inclusiveSlots());
        changed.fire(new IndicatorsChanged("childcare"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void community(CommunityChangedV1 e) {
        observations.observeCommunity(e.communityCode(), e.revision(), e.changedAt(), e.townshipCode(), e.areaType().name());
        changed.fire(new IndicatorsChanged("childcare"));
    }

    /** year → indicator (12-15) → township or city → cell, for the years in [from, to] that have data. */
    public Map<Integer, Map<Integer, Map<String, Cell>>> cells(int from, int to, Map<Integer, Map<String, Long>> population) {
        Map<Integer, Map<Integer, Map<String, Cell>>> result = new HashMap<>();
        int thisYear = LocalDate.now(CHINA).getYear();
        long minResidents = observations.rule(MIN_RESIDENTS_RULE);
        for (int year = from; year <= Math.min(to, thisYear); year++) {
            Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(CHINA).toInstant();
            if (!observations.anyInstitutionBefore(end)) {
                continue;
            }
            result.put(year, ChildcareSupply.cells(observations.institutionsBefore(end),
                    observations.communitiesBefore(end), population.get(year), minResidents));
        }
        return result;
    }
}
