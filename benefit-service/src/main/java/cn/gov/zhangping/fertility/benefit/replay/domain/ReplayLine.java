package cn.gov.zhangping.fertility.benefit.replay.domain;

import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;

/**
 * What a replayed version changes for one family's claim or one child: what was paid (the recorded payments) and what
 * is owed under the catalogue with the new version. The difference is arrears when more is owed than was paid, an
 * overpayment when more was paid than is owed.
 *
 * @param registrationId the child, for a benefit paid per month of a child (null for a claim)
 * @param claimId the claim, for a benefit the family applied for (null for a child's months)
 */
public record ReplayLine(UUID familyId, UUID registrationId, UUID claimId, Fen paid, Fen owed) {

    /** Which way the difference goes. */
    public enum Kind { ARREARS, OVERPAYMENT, SETTLED }

    public ReplayLine {
        if (paid.isNegative() || owed.isNegative()) {
            throw new IllegalArgumentException("paid and owed are never negative");
        }
    }

    /** Owed less paid: positive for arrears, negative for an overpayment. */
    public Fen difference() {
        return owed.minus(paid);
    }

    public Kind kind() {
        int sign = Long.signum(difference().value());
        return sign > 0 ? Kind.ARREARS : sign < 0 ? Kind.OVERPAYMENT : Kind.SETTLED;
    }

    /** What is still to pay (0 unless arrears). */
    public Fen arrears() {
        return kind() == Kind.ARREARS ? difference() : Fen.ZERO;
    }

    /** What was paid too much (0 unless an overpayment), as a positive amount. */
    public Fen overpayment() {
        return kind() == Kind.OVERPAYMENT ? paid.minus(owed) : Fen.ZERO;
    }
}
