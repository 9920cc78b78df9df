package cn.gov.zhangping.fertility.childcare.institution.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a childcare institution (plan task 10: 注册登记、备案 ... 关停): registered, filed (备案), operating,
 * suspended (by enforcement, and back to operating when lifted), closed for good.
 */
public enum InstitutionStatus {
    REGISTERED, FILED, OPERATING, SUSPENDED, CLOSED;

    /** The steps allowed from this status. */
    public Set<InstitutionStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(FILED, CLOSED);
            case FILED -> EnumSet.of(OPERATING, CLOSED);
            case OPERATING -> EnumSet.of(SUSPENDED, CLOSED);
            case SUSPENDED -> EnumSet.of(OPERATING, CLOSED);
            case CLOSED -> EnumSet.noneOf(InstitutionStatus.class);
        };
    }

    public boolean canMoveTo(InstitutionStatus to) {
        return next().contains(to);
    }
}
