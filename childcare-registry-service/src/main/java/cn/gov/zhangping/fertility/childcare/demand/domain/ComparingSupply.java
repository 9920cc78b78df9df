package cn.gov.zhangping.fertility.childcare.demand.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.childcare.enrolment.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.standards.domain.AgeLimit;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandards;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Demand versus supply (漳政办规〔2023〕2号 二(三)9): the children under the age limit of the under-3 register beside what
 * the OPERATING nurseries offer, per township for the city or per community for a township. Reads the institution
 * and enrolment registers; changes nothing.
 */
@ApplicationScoped
public class ComparingSupply {

    @Inject
    RegisteredChildRepository children;

    @Inject
    InstitutionRepository institutions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    PlanningStandards standards;

    @Transactional
    public ChildcareSupply compare(String townshipCode, LocalDate date) {
        LocalDate on = date != null ? date : CivilDate.today();
        AgeLimit limit = standards.childAgeLimit();
        Map<String, Long> demand = children.countBornBetween(townshipCode, limit.earliestBirthDateUnderOn(on), on);
        List<ChildcareInstitution> operating = institutions.find(townshipCode, InstitutionStatus.OPERATING);
        Map<UUID, Long> enrolled = enrolments.activeByInstitution();
        Map<UUID, Long> waiting = enrolments.waitingByInstitution();
        Function<ChildcareInstitution, String> area = townshipCode == null ? i -> i.townshipCode : i -> i.communityCode;

        TreeSet<String> codes = new TreeSet<>(demand.keySet());
        operating.forEach(i -> codes.add(area.apply(i)));
        List<ChildcareSupply.Figures> areas = new ArrayList<>();
        for (String code : codes) {
            areas.add(figures(code, demand.getOrDefault(code, 0L),
                    operating.stream().filter(i -> code.equals(area.apply(i))).toList(), enrolled, waiting));
        }
        long all = demand.values().stream().mapToLong(Long::longValue).sum();
        return new ChildcareSupply(townshipCode, on, limit.years(), figures(null, all, operating, enrolled, waiting), areas);
    }

    private static ChildcareSupply.Figures figures(String code, long childrenUnder, List<ChildcareInstitution> nurseries,
                                                   Map<UUID, Long> enrolled, Map<UUID, Long> waiting) {
        long slots = 0;
        long inclusive = 0;
        long taken = 0;
        long waits = 0;
        long free = 0;
        for (ChildcareInstitution i : nurseries) {
            long e = enrolled.getOrDefault(i.id, 0L);
            slots += i.totalSlots;
            inclusive += i.inclusiveSlots;
            taken += e;
            waits += waiting.getOrDefault(i.id, 0L);
            free += Math.max(0, i.totalSlots - e);
        }
        BigDecimal perSlot = slots == 0 ? null
                : BigDecimal.valueOf(childrenUnder).divide(BigDecimal.valueOf(slots), 2, RoundingMode.HALF_UP);
        return new ChildcareSupply.Figures(code, childrenUnder, slots, inclusive, taken, waits, free, perSlot);
    }
}
