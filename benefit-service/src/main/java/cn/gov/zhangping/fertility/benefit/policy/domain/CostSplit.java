package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who pays a benefit, in parts of a ratio: the childcare fee reduction is borne by Longyan prefecture finance and
 * Zhangping city finance 2:8 (二(三)8: 减免费用由龙岩市级财政与我市财政按2:8比例分担).
 * <p>
 * {@link #split} divides an amount in whole fen so that the parts always add up to the amount: each payer gets the
 * fen its ratio gives, rounded down, and the fen left over go one each to the payers with the largest remainders;
 * between equal remainders, to the payer with the larger ratio, then to the one listed first. 0.01 yuan split 2:8
 * is 0.00 and 0.01; 0.05 yuan is 0.01 and 0.04. A refund (a negative amount) is split the same way, with the sign.
 */
public record CostSplit(List<Share> shares) {

    /** One payer's parts of the ratio. */
    public record Share(String payer, int parts) {
        public Share {
            if (parts <= 0) {
                throw new IllegalArgumentException("a payer's parts must be positive");
            }
        }
    }

    /** What one payer pays of an amount. */
    public record Part(String payer, Fen amount) {
    }

    /** No payer: the benefit costs no public money (a priority, a tax deduction). */
    public static final CostSplit NONE = new CostSplit(List.of());

    public CostSplit {
        shares = List.copyOf(shares);
    }

    public static CostSplit single(String payer) {
        return new CostSplit(List.of(new Share(payer, 1)));
    }

    public int totalParts() {
        return shares.stream().mapToInt(Share::parts).sum();
    }

    public List<Part> split(Fen amount) {
        if (shares.isEmpty()) {
            throw new IllegalStateException("no payer to split an amount between");
        }
        long total = totalParts();
        long sign = amount.value() < 0 ? -1 : 1;
        long whole = Math.abs(amount.value());
        long[] fen = new long[shares.size()];
        long[] remainder = new long[shares.size()];
        long given = 0;
        for (int i = 0; i < shares.size(); i++) {
            long exact = Math.multiplyExact(whole, shares.get(i).parts());
            fen[i] = exact / total;
            remainder[i] = exact % total;
            given += fen[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> remainder[i]).reversed()
                .thenComparing(Comparator.comparingInt((Integer i) -> shares.get(i).parts()).reversed())
                .thenComparingInt(i -> i));
        for (int k = 0; given < whole; k++, given++) {
            fen[order.get(k)]++;
        }
        List<Part> parts = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            parts.add(new Part(shares.get(i).payer(), new Fen(sign * fen[i])));
        }
        return parts;
    }
}
