package cn.gov.zhangping.fertility.benefit.replay.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;

/**
 * The arithmetic of a replay, pure: which part of a new version's period has already begun (its window), what the
 * catalogue with the new version makes owed over it, and the totals of a replay's lines per payer. Amounts in whole
 * fen; nothing is rounded here except by the payers' split (largest remainder, {@link CostSplit}).
 */
public final class ReplayArithmetic {

    private ReplayArithmetic() {
    }

    /** A period of days, both inclusive. */
    public record Window(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        /** Whether {@code start}–{@code end} (both inclusive) shares a day with the window. */
        public boolean overlaps(LocalDate start, LocalDate end) {
            return !end.isBefore(from) && !start.isAfter(to);
        }
    }

    /** What one payer bears of a replay's arrears and overpayments. */
    public record PayerTotal(String payer, Fen arrears, Fen overpayments) {
    }

    /** A replay's totals: paid and owed over all lines, arrears and overpayments (each positive), per payer. */
    public record Totals(int families, Fen paid, Fen owed, Fen arrears, Fen overpayments, List<PayerTotal> payers) {
    }

    /**
     * The part of {@code version}'s period that had begun on {@code today}: from its first day to its last day in
     * force or {@code today}, whichever comes first. Empty when it begins after today: it reaches back over nothing.
     */
    public static Optional<Window> window(PolicyVersion version, LocalDate today) {
        if (version.effectiveFrom().isAfter(today)) {
            return Optional.empty();
        }
        LocalDate end = version.endInForce();
        return Optional.of(new Window(version.effectiveFrom(), end == null || end.isAfter(today) ? today : end));
    }

    /**
     * What {@code determination} makes due for the months whose last day falls in the window (a month is due when its
     * last day is in the period, {@link Determination#dueInMonth}): a month not yet ended, or ended after the window,
     * is not owed by this replay.
     */
    public static Fen owedInMonths(Determination determination, Window window) {
        Fen owed = Fen.ZERO;
        for (YearMonth m = YearMonth.from(window.from()); !m.atEndOfMonth().isAfter(window.to()); m = m.plusMonths(1)) {
            if (window.contains(m.atEndOfMonth())) {
                Fen due = determination.dueInMonth(m);
                if (due != null) {
                    owed = owed.plus(due);
                }
            }
        }
        return owed;
    }

    /**
     * The totals of {@code lines}: each line's arrears or overpayment is split between {@code payers} as a payment of
     * it would be, and the parts are summed per payer (so each payer's total is what it would pay or recover line by
     * line). A policy with no payer has money totals and no payer lines.
     */
    public static Totals totals(List<ReplayLine> lines, CostSplit payers) {
        Fen paid = Fen.ZERO;
        Fen owed = Fen.ZERO;
        Fen arrears = Fen.ZERO;
        Fen overpayments = Fen.ZERO;
        Set<UUID> families = new HashSet<>();
        Map<String, Fen[]> perPayer = new LinkedHashMap<>();
        payers.shares().forEach(s -> perPayer.put(s.payer(), new Fen[] {Fen.ZERO, Fen.ZERO}));
        for (ReplayLine line : lines) {
            if (line.familyId() != null) {
                families.add(line.familyId());
            }
            paid = paid.plus(line.paid());
            owed = owed.plus(line.owed());
            arrears = arrears.plus(line.arrears());
            overpayments = overpayments.plus(line.overpayment());
            if (!payers.shares().isEmpty()) {
                add(perPayer, payers.split(line.arrears()), 0);
                add(perPayer, payers.split(line.overpayment()), 1);
            }
        }
        List<PayerTotal> byPayer = new ArrayList<>();
        perPayer.forEach((payer, fen) -> byPayer.add(new PayerTotal(payer, fen[0], fen[1])));
        return new Totals(families.size(), paid, owed, arrears, overpayments, byPayer);
    }

    private static void add(Map<String, Fen[]> perPayer, List<CostSplit.Part> parts, int index) {
        for (CostSplit.Part part : parts) {
            Fen[] totals = perPayer.get(part.payer());
            totals[index] = totals[index].plus(part.amount());
        }
    }
}
