package cn.gov.zhangping.fertility.childcare.coverage.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.childcare.community.persistence.CommunityRepository;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandard;
import cn.gov.zhangping.fertility.childcare.standards.persistence.PlanningStandardRepository;
import cn.gov.zhangping.fertility.contracts.reference.AreaType;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/** Computes indicators 12-15 for a year from the register and the operating nurseries, with the seeded targets. */
@ApplicationScoped
public class ComputingCoverage {

    @Inject
    CommunityRepository communities;

    @Inject
    InstitutionRepository institutions;

    @Inject
    PlanningStandardRepository standards;

    @Transactional
    public Coverage compute(int year) {
        List<Community> all = communities.inTownship(null);
        List<ChildcareInstitution> operating = institutions.find(null, InstitutionStatus.OPERATING);
        BigDecimal minResidents = standard("INCLUSIVE_TOWNSHIP_MIN_RESIDENTS");
        List<Coverage.Figures> townships = new ArrayList<>();
        long required = 0;
        long requiredOffering = 0;
        for (Township t : Townships.all()) {
            long residents = all.stream().filter(c -> c.townshipCode.equals(t.code())).mapToLong(c -> c.residentsIn(year)).sum();
            Coverage.Figures f = figures(t.code(), residents,
                    operating.stream().filter(i -> i.townshipCode.equals(t.code())).toList(), minResidents);
            townships.add(f);
            if (f.mustOfferInclusive()) {
                required++;
                if (f.offersInclusive()) {
                    requiredOffering++;
                }
            }
        }
        long cityResidents = townships.stream().mapToLong(Coverage.Figures::residents).sum();
        Coverage.Figures city = figures(null, cityResidents, operating, null);
        Set<String> withInclusive = new HashSet<>();
        operating.stream().filter(i -> i.inclusiveSlots > 0).forEach(i -> withInclusive.add(i.communityCode));
        List<Community> urban = all.stream().filter(c -> c.areaType == AreaType.URBAN).toList();
        long urbanWithInclusive = urban.stream().filter(c -> withInclusive.contains(c.code)).count();
        return new Coverage(year, city, standard("SLOTS_PER_1000_RESIDENTS"), standard("INCLUSIVE_SLOT_SHARE"), minResidents,
                required, requiredOffering, urban.size(), urbanWithInclusive, townships);
    }

    private static Coverage.Figures figures(String township, long residents, List<ChildcareInstitution> operating,
                                            BigDecimal minResidents) {
        long slots = operating.stream().mapToLong(i -> i.totalSlots).sum();
        long inclusive = operating.stream().mapToLong(i -> i.inclusiveSlots).sum();
        return new Coverage.Figures(township, residents, slots, inclusive, CoveragePolicy.slotsPer1000(slots, residents),
                CoveragePolicy.inclusiveSharePercent(inclusive, slots), inclusive > 0,
                minResidents != null && CoveragePolicy.mustOfferInclusive(residents, minResidents));
    }

    private BigDecimal standard(String code) {
        PlanningStandard s = standards.findByIdOptional(code)
                .orElseThrow(() -> new IllegalStateException("planning standard " + code + " is missing"));
        return s.value;
    }
}
