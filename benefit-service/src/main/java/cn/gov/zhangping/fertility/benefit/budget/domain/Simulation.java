package cn.gov.zhangping.fertility.benefit.budget.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.AmountUnit;
import cn.gov.zhangping.fertility.benefit.policy.domain.ChildFacts;
import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.Entitling;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.Policy;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;
import cn.gov.zhangping.fertility.benefit.policy.domain.Tier;
import cn.gov.zhangping.fertility.benefit.policy.domain.Timeline;

/**
 * What a benefit with an amount costs for a group of recorded births, under its versions as they stand or with one
 * parameter changed in every line of every version (the amount, or the minimum birth order). Pure.
 * <ul>
 * <li>A benefit due per month: each child's months due over its whole period ({@link Entitling}), at the amount of the
 *     version in force in each month.</li>
 * <li>A benefit paid once per family (the home purchase subsidy): once per family with a child whose facts meet the
 *     terms of the first version of its period, at that version's amount; it assumes every such family claims.</li>
 * </ul>
 * A family is affected when it has at least one child with a cost; a child without a family counts as its own.
 */
public final class Simulation {

    private Simulation() {
    }

    /** A recorded birth, as the simulation needs it. */
    public record Birth(UUID registrationId, UUID familyId, ChildFacts facts) {
    }

    /** The parameter changed: the amount (fen) or the minimum birth order; the other is null. */
    public record Change(Fen amount, Integer minBirthOrder) {
    }

    /** The cost of a group of births, the families and children with a cost. */
    public record Outcome(int families, int children, Fen total) {
    }

    /** Whether a policy has an amount a simulation can count. */
    public static boolean simulable(Policy policy) {
        return policy.decidedByChild() && (policy.monthly() || policy.unit() == AmountUnit.YUAN_ONCE);
    }

    public static Outcome cost(Policy policy, Timeline timeline, List<Birth> births) {
        Map<UUID, Fen> byFamily = new HashMap<>();
        int children = 0;
        for (Birth birth : births) {
            Determination d = Entitling.determine(policy, timeline, birth.facts(), birth.facts().birthDate());
            Fen cost = Fen.ZERO;
            if (policy.monthly()) {
                cost = d.totalAmount();
            } else if (!d.periods().isEmpty() && d.periods().get(0).tier().amount() != null) {
                cost = d.periods().get(0).tier().amount();
            }
            if (cost.value() == 0) {
                continue;
            }
            children++;
            UUID family = birth.familyId() != null ? birth.familyId() : birth.registrationId();
            byFamily.merge(family, cost, (a, b) -> policy.monthly() ? a.plus(b) : (a.compareTo(b) >= 0 ? a : b));
        }
        Fen total = byFamily.values().stream().reduce(Fen.ZERO, Fen::plus);
        return new Outcome(byFamily.size(), children, total);
    }

    /** The timeline with {@code change} applied to every line of every version. */
    public static Timeline changed(Timeline timeline, Change change) {
        List<PolicyVersion> versions = new ArrayList<>();
        for (PolicyVersion v : timeline.versions()) {
            List<Tier> tiers = v.tiers().stream().map(t -> new Tier(
                    change.minBirthOrder() != null ? change.minBirthOrder() : t.minBirthOrder(), t.specialFamily(),
                    change.amount() != null ? change.amount() : t.amount(), t.quantity(), t.percent())).toList();
            versions.add(new PolicyVersion(v.code(), v.number(), v.effectiveFrom(), v.effectiveTo(), v.ageFromMonths(),
                    v.ageToMonths(), v.femaleOnly(), tiers, v.source(), v.supersedes(), v.supersededFrom()));
        }
        return new Timeline(timeline.code(), versions);
    }
}
