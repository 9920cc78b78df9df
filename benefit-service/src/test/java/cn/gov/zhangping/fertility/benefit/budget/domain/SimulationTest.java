package cn.gov.zhangping.fertility.benefit.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.AmountUnit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Beneficiary;
import cn.gov.zhangping.fertility.benefit.policy.domain.ChildFacts;
import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.Policy;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyLevel;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;
import cn.gov.zhangping.fertility.benefit.policy.domain.Tier;
import cn.gov.zhangping.fertility.benefit.policy.domain.Timeline;
import cn.gov.zhangping.fertility.benefit.policy.domain.Trigger;
import cn.gov.zhangping.fertility.benefit.policy.domain.VersionDate;
import cn.gov.zhangping.fertility.platform.reference.Department;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final Policy HOME = new Policy(PolicyCode.HOME_PURCHASE_SUBSIDY, "购房补贴", "Home purchase subsidy",
            PolicyLevel.CITY, Department.HOUSING, Trigger.APPLICATION, VersionDate.CLAIM_DATE, "claim date",
            Beneficiary.FAMILY, AmountUnit.YUAN_ONCE, CostSplit.single("ZHANGPING_CITY_FINANCE"));

    private static final Timeline PLAN = new Timeline(PolicyCode.HOME_PURCHASE_SUBSIDY, List.of(new PolicyVersion(
            PolicyCode.HOME_PURCHASE_SUBSIDY, 1, LocalDate.of(2023, 4, 10), LocalDate.of(2025, 12, 31), null, null, false,
            List.of(new Tier(3, null, Fen.ofYuan(20000), null, null)), "plan")));

    private static Simulation.Birth birth(UUID family, String date, int order) {
        return new Simulation.Birth(UUID.randomUUID(), family, new ChildFacts(LocalDate.parse(date), false, order, false, false));
    }

    @Test
    void aFamilyIsPaidOnceHoweverManyOfItsChildrenMeetTheTerms() {
        UUID family = UUID.randomUUID();
        List<Simulation.Birth> births = List.of(birth(family, "2024-01-01", 3), birth(family, "2025-06-01", 4),
                birth(UUID.randomUUID(), "2024-01-01", 2));
        Simulation.Outcome now = Simulation.cost(HOME, PLAN, births);
        assertThat(now).isEqualTo(new Simulation.Outcome(1, 2, Fen.ofYuan(20000)));
        Simulation.Outcome second = Simulation.cost(HOME, Simulation.changed(PLAN, new Simulation.Change(null, 2)), births);
        assertThat(second).isEqualTo(new Simulation.Outcome(2, 3, Fen.ofYuan(40000)));
    }

    @Test
    void aChildBornAfterAVersionEnding2025_12_31CostsNothingUnderEitherTerms() {
        List<Simulation.Birth> births = List.of(birth(UUID.randomUUID(), "2026-01-01", 3));
        assertThat(Simulation.cost(HOME, Simulation.changed(PLAN, new Simulation.Change(Fen.ofYuan(30000), null)), births))
                .isEqualTo(new Simulation.Outcome(0, 0, Fen.ZERO));
    }

    @Test
    void aChangedAmountKeepsTheOddFen() {
        List<Simulation.Birth> births = List.of(birth(null, "2025-12-31", 3));
        assertThat(Simulation.cost(HOME, Simulation.changed(PLAN, new Simulation.Change(new Fen(3_000_001), null)), births))
                .isEqualTo(new Simulation.Outcome(1, 1, new Fen(3_000_001)));
    }
}
