package cn.gov.zhangping.fertility.indicator.childcare.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.contracts.childcare.InstitutionChangedV1;
import cn.gov.zhangping.fertility.contracts.childcare.RoomChangedV1;
import cn.gov.zhangping.fertility.contracts.childcare.TrainingRecordedV1;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneChangedV1;
import cn.gov.zhangping.fertility.contracts.reference.CommunityChangedV1;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Catalogue;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Target;
import cn.gov.zhangping.fertility.indicator.childcare.persistence.ChildcareObservationRepository;
import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorsChanged;

/**
 * Indicators 9-16 from the registry's events. A year's value is the registry as it stood at the end of that year
 * (China Standard Time), or now for the current year; a year still to come has no value, and neither has a year
 * before the registry published anything of the kind an indicator counts. Indicator 11 counts the persons trained in
 * cohorts that ended from the first year of the plan period that holds the year (Annex 1 sets "≥600" for 2023-2025,
 * task 8 "200 a year") up to the year, with each cohort as last corrected.
 */
@ApplicationScoped
public class ChildcareIndicators {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String MIN_RESIDENTS_RULE = "INCLUSIVE_TOWNSHIP_MIN_RESIDENTS";
    static final String NEW_ZONE_RULE = "NEW_ZONE_INCLUSIVE_SLOTS_PER_1000";
    static final String BUILT_ZONE_RULE = "BUILT_ZONE_INCLUSIVE_SLOTS_PER_1000";

    @Inject
    ChildcareObservationRepository observations;

    @Inject
    Catalogue catalogue;

    @Inject
    Event<IndicatorsChanged> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void institution(InstitutionChangedV1 e) {
        observations.observeInstitution(e.institutionId(), e.revision(), e.changedAt(), e.kind().name(), e.inclusive(),
                e.townshipCode(), e.communityCode(), e.zoneId(), e.status().name(), e.totalSlots(), e.inclusiveSlots());
        changed.fire(new IndicatorsChanged("childcare"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void community(CommunityChangedV1 e) {
        observations.observeCommunity(e.communityCode(), e.revision(), e.changedAt(), e.townshipCode(), e.areaType().name());
        changed.fire(new IndicatorsChanged("childcare"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void zone(ZoneChangedV1 e) {
        observations.observeZone(e.zoneId(), e.revision(), e.changedAt(), e.townshipCode(), e.kind().name(), e.residents());
        changed.fire(new IndicatorsChanged("childcare"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void training(TrainingRecordedV1 e) {
        observations.observeTraining(e.cohortId(), e.revision(), e.changedAt(), e.townshipCode(), e.endDate(), e.trained());
        changed.fire(new IndicatorsChanged("childcare"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void room(RoomChangedV1 e) {
        observations.observePlace(e.placeId(), e.revision(), e.changedAt(), e.townshipCode(), e.roomRequired(), e.roomPresent());
        changed.fire(new IndicatorsChanged("childcare"));
    }

    /** year → indicator (9-16) → township or city → cell, for the years in [from, to] that have data. */
    public Map<Integer, Map<Integer, Map<String, Cell>>> cells(int from, int to, Map<Integer, Map<String, Long>> population) {
        Map<Integer, Map<Integer, Map<String, Cell>>> result = new HashMap<>();
        int thisYear = LocalDate.now(CHINA).getYear();
        long minResidents = observations.rule(MIN_RESIDENTS_RULE).longValue();
        BigDecimal newStandard = observations.rule(NEW_ZONE_RULE);
        BigDecimal builtStandard = observations.rule(BUILT_ZONE_RULE);
        for (int year = from; year <= Math.min(to, thisYear); year++) {
            Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(CHINA).toInstant();
            Map<Integer, Map<String, Cell>> cells = new HashMap<>();
            List<InstitutionState> institutions = observations.institutionsBefore(end);
            if (!institutions.isEmpty()) {
                cells.putAll(ChildcareSupply.cells(institutions, observations.communitiesBefore(end), population.get(year), minResidents));
            }
            List<ZoneState> zones = observations.zonesBefore(end);
            if (!zones.isEmpty()) {
                cells.putAll(PlanningFigures.zones(zones, PlanningFigures.inclusiveSlotsByZone(institutions), newStandard, builtStandard));
            }
            int first = catalogue.get(PlanningFigures.TRAINED).targetFor(year).map(Target::firstYear).orElse(year);
            Map<String, Long> trained = observations.trainedBetween(LocalDate.of(Math.min(first, year), 1, 1), LocalDate.of(year, 12, 31));
            if (trained != null) {
                cells.put(PlanningFigures.TRAINED, PlanningFigures.trained(trained));
            }
            List<PlaceState> places = observations.placesBefore(end);
            if (!places.isEmpty()) {
                cells.put(PlanningFigures.ROOMS, PlanningFigures.rooms(places));
            }
            if (!cells.isEmpty()) {
                result.put(year, cells);
            }
        }
        return result;
    }
}
