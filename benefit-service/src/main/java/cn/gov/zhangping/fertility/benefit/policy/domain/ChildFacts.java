package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;

/**
 * What the rules need to know about a child, as its birth registration stands (no names, no ID numbers).
 *
 * @param reviewPending the registration has findings a reviewer has not yet confirmed or corrected: benefits that
 *                      depend on its birth order or special-family status are held
 */
public record ChildFacts(LocalDate birthDate, boolean female, int birthOrder, boolean specialFamily,
        boolean reviewPending) {
}
