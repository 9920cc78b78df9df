package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts of a registered birth that the entitlement rules read: no names and no identity numbers.
 *
 * @param birthOrder    1 for the first child, 3 for the third (生育三孩, task 8)
 * @param specialFamily the child was born into a family-planning special family (计生特殊家庭再生育, task 8)
 */
public record Birth(UUID registrationId, LocalDate birthDate, int birthOrder, boolean specialFamily,
                    boolean reviewPending) {

    public Birth(UUID registrationId, LocalDate birthDate, int birthOrder, boolean specialFamily) {
        this(registrationId, birthDate, birthOrder, specialFamily, false);
    }
}
