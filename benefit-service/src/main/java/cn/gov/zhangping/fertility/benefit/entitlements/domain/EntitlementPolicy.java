package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a registered birth entitles to, from the rule catalogue alone:
 * <ul>
 * <li>parental leave (育儿假, 二(四)11) for each parent until the child turns 3;</li>
 * <li>the infant nutrition pack (营养包, 二(二)6) for the child from 6 to 24 months;</li>
 * <li>the childcare fee reduction (托育保育费减免, 二(三)8): 50% for a third or later child, 100% for a child born
 *     into a family-planning special family; a child that meets both gets the waiver.</li>
 * </ul>
 * A rule counts only for children born within its period. When several rules grant the same entitlement to the
 * same beneficiary, the most favourable one is granted (highest percent, then highest quantity, then the newest
 * rule), so each birth gets each entitlement at most once per beneficiary.
 */
public final class EntitlementPolicy {

    private static final Comparator<EntitlementRule> FAVOURABLE = Comparator
            .comparing((EntitlementRule r) -> r.percent == null ? BigDecimal.ZERO : r.percent)
            .thenComparing(r -> r.quantity == null ? 0 : r.quantity)
            .thenComparing(r -> r.effectiveFrom);

    private EntitlementPolicy() {
    }

    public static List<Entitlement> entitlementsFor(Birth birth, Collection<EntitlementRule> rules, Instant now) {
        Map<String, EntitlementRule> chosen = new LinkedHashMap<>();
        for (EntitlementRule rule : rules) {
            if (rule.appliesTo(birth)) {
                chosen.merge(rule.entitlementCode + "/" + rule.beneficiary, rule,
                        (a, b) -> FAVOURABLE.compare(a, b) >= 0 ? a : b);
            }
        }
        return chosen.values().stream()
                .sorted(Comparator.comparing((EntitlementRule r) -> r.entitlementCode).thenComparing(r -> r.beneficiary))
                .map(rule -> Entitlement.grant(rule, birth, now))
                .toList();
    }
}
