package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the childcare fee reduction needs to know of an enrolment (from childcare-registry-service's events).
 *
 * @param publicInclusive at a public inclusive nursery (公办普惠性托育机构), the only kind the reduction applies to
 * @param ended           withdrawn or ended: no month after {@code end} is booked
 * @param monthlyFee      the nursery's monthly fee
 * @param end             the last day attended, or null while it goes on
 */
public record Enrolled(UUID enrolmentId, boolean publicInclusive, boolean ended, Fen monthlyFee, LocalDate start,
        LocalDate end) {
}
