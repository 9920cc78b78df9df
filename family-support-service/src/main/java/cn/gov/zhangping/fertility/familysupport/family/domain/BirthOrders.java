package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Birth order (孩次) derived from a family's children, the rule the plan's birth-order policies are read with.
 * <p>
 * Rule: a child's order is one more than the number of the mother's children born before it, <em>living and
 * deceased alike</em>, registered here or declared; children born on the same day (twins) take consecutive orders in
 * the order they became known to the family (registration order).
 * <p>
 * Why: the policies that use birth order count births, not living children. 漳政办规〔2023〕2号 二(三)8 cuts the
 * childcare fee by 50% for "生育三孩家庭" (families that have given birth to a third child) and 二(四)12 gives the
 * home subsidy and the provident-fund limits to "三孩家庭" by the children born; the same paragraph 二(三)8 treats a
 * child "再生育" into a family-planning special family (计生特殊家庭, whose only child died) separately with a 100%
 * waiver, which only makes sense if the deceased child still counts as a birth. Counting only living children would
 * also make a registration's order change when an older sibling dies, which a registered birth fact must not.
 */
public final class BirthOrders {

    /** What the rule needs of a child. */
    public record Child(UUID id, LocalDate birthDate, int position) {
    }

    private BirthOrders() {
    }

    /** Every child's order, 1 for the first born, in birth order. */
    public static Map<UUID, Integer> of(List<Child> children) {
        Map<UUID, Integer> orders = new LinkedHashMap<>();
        children.stream()
                .sorted(Comparator.comparing(Child::birthDate).thenComparingInt(Child::position))
                .forEach(c -> orders.put(c.id(), orders.size() + 1));
        return orders;
    }
}
