package cn.gov.zhangping.fertility.childcare.enrolment.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fee reduction of plan task 8, seeded by migration with the plan's words and section. */
@Entity
@Table(name = "fee_reduction_rule")
public class FeeReductionRule {

    public static final String THIRD_OR_LATER_CHILD = "THIRD_OR_LATER_CHILD";
    public static final String SPECIAL_FAMILY_REBORN = "SPECIAL_FAMILY_REBORN";

    @Id
    public String code;

    @Column(nullable = false, precision = 3, scale = 2)
    public BigDecimal ratio;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String source;

    public FeeReductionRule() {
    }

    public FeeReductionRule(String code, BigDecimal ratio, String source) {
        this.code = code;
        this.ratio = ratio;
        this.description = code;
        this.source = source;
    }
}
