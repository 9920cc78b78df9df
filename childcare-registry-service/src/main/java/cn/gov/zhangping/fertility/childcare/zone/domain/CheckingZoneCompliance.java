package cn.gov.zhangping.fertility.childcare.zone.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.coverage.domain.CoveragePolicy;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandard;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandards;
import cn.gov.zhangping.fertility.childcare.zone.persistence.ZoneRepository;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/**
 * Holds each residential zone to the seeded standard of its kind (NEW_AREA_ / BUILT_AREA_INCLUSIVE_SLOTS_PER_1000):
 * the inclusive slots of the OPERATING nurseries that name the zone, per 1,000 of its residents.
 */
@ApplicationScoped
public class CheckingZoneCompliance {

    static final Map<ZoneKind, String> STANDARD_OF_KIND = Map.of(
            ZoneKind.NEW, "NEW_AREA_INCLUSIVE_SLOTS_PER_1000",
            ZoneKind.BUILT, "BUILT_AREA_INCLUSIVE_SLOTS_PER_1000");

    @Inject
    ZoneRepository zones;

    @Inject
    InstitutionRepository institutions;

    @Inject
    PlanningStandards standards;

    /**
     * The zones of {@code townshipCode} (all when null) and {@code kind}, limited to {@code townships} (the caller's
     * township scope; empty: the whole city), and their summary by kind.
     */
    @Transactional
    public ZoneCompliance.Report report(String townshipCode, ZoneKind kind, Optional<Set<String>> townships) {
        Map<UUID, Long> slots = inclusiveSlotsByZone();
        List<ZoneCompliance> all = zones.find(townshipCode, kind, townships).stream().map(z -> of(z, slots)).toList();
        List<ZoneCompliance.KindSummary> byKind = new ArrayList<>();
        for (ZoneKind k : ZoneKind.values()) {
            if (kind != null && kind != k) {
                continue;
            }
            PlanningStandard s = standards.require(STANDARD_OF_KIND.get(k));
            List<ZoneCompliance> ofKind = all.stream().filter(c -> c.kind() == k).toList();
            long complying = ofKind.stream().filter(ZoneCompliance::complies).count();
            byKind.add(new ZoneCompliance.KindSummary(k, s.indicatorNo, s.value, s.source, ofKind.size(), complying,
                    CoveragePolicy.sharePercent(complying, ofKind.size()),
                    ofKind.stream().mapToLong(ZoneCompliance::shortfall).sum()));
        }
        return new ZoneCompliance.Report(byKind, all);
    }

    @Transactional
    public ZoneCompliance of(String code) {
        ResidentialZone z = zones.byCode(code).orElseThrow(() -> DomainException.notFound("residential zone", code));
        return of(z, inclusiveSlotsByZone());
    }

    private ZoneCompliance of(ResidentialZone z, Map<UUID, Long> slotsByZone) {
        PlanningStandard s = standards.require(STANDARD_OF_KIND.get(z.kind));
        long inclusive = slotsByZone.getOrDefault(z.id, 0L);
        long required = ZoneCompliancePolicy.requiredSlots(s.value, z.residents);
        return new ZoneCompliance(z.id, z.code, z.name, z.townshipCode, z.communityCode, z.kind, z.residents, inclusive,
                CoveragePolicy.slotsPer1000(inclusive, z.residents), s.code, s.value, s.source, required,
                ZoneCompliancePolicy.shortfall(inclusive, required), ZoneCompliancePolicy.complies(inclusive, required));
    }

    private Map<UUID, Long> inclusiveSlotsByZone() {
        Map<UUID, Long> slots = new HashMap<>();
        for (ChildcareInstitution i : institutions.find(null, InstitutionStatus.OPERATING)) {
            if (i.zoneId != null) {
                slots.merge(i.zoneId, (long) i.inclusiveSlots, Long::sum);
            }
        }
        return slots;
    }
}
