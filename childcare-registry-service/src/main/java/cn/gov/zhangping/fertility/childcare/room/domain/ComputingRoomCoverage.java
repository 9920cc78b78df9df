package cn.gov.zhangping.fertility.childcare.room.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.coverage.domain.CoveragePolicy;
import cn.gov.zhangping.fertility.childcare.room.persistence.PublicPlaceRepository;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandard;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandards;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/** Indicator 16 from the register of public places and the seeded room rules. */
@ApplicationScoped
public class ComputingRoomCoverage {

    @Inject
    PublicPlaceRepository places;

    @Inject
    PlanningStandards standards;

    @Transactional
    public RoomCoverage compute() {
        List<RoomRequirementRule> rules = places.rules();
        List<PublicPlace> all = places.inTownship(null);
        List<RoomCoverage.Figures> townships = new ArrayList<>();
        for (Township t : Townships.all()) {
            townships.add(figures(t.code(), all.stream().filter(p -> p.townshipCode.equals(t.code())).toList(), rules));
        }
        PlanningStandard target = standards.require("MOTHER_BABY_ROOM_SHARE");
        return new RoomCoverage(target.value, target.source, figures(null, all, rules), townships,
                rules.stream().map(RoomCoverage.Rule::of).toList());
    }

    private static RoomCoverage.Figures figures(String township, List<PublicPlace> places, List<RoomRequirementRule> rules) {
        List<PublicPlace> required = places.stream().filter(p -> p.requiredBy(rules).isPresent()).toList();
        long withRoom = required.stream().filter(p -> p.roomPresent).count();
        long standard = required.stream().filter(p -> p.roomPresent && p.roomMeetsStandard).count();
        return new RoomCoverage.Figures(township, places.size(), required.size(), withRoom, standard,
                CoveragePolicy.sharePercent(withRoom, required.size()));
    }
}
