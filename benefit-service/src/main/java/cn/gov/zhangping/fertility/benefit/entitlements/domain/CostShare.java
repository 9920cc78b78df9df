package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One payer's part of what an entitlement costs, as parts of a ratio: the childcare fee reduction is borne by
 * Longyan prefecture finance and Zhangping city finance in the ratio 2:8 (二(三)8), stored as parts 2 and 8.
 */
@Embeddable
public class CostShare {

    @Column(nullable = false)
    public String payer;

    @Column(name = "payer_name", nullable = false)
    public String payerName;

    @Column(nullable = false)
    public int parts;

    public CostShare() {
    }

    public CostShare(String payer, String payerName, int parts) {
        this.payer = payer;
        this.payerName = payerName;
        this.parts = parts;
    }

    /** This payer's share in percent of the whole (2 of 2:8 is 20.00), rounded half up to 2 decimals. */
    public BigDecimal percentOf(List<CostShare> all) {
        int total = all.stream().mapToInt(s -> s.parts).sum();
        return BigDecimal.valueOf(parts * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
