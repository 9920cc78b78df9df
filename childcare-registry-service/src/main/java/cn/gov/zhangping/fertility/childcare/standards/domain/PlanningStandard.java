package cn.gov.zhangping.fertility.childcare.standards.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A planning standard for childcare taken from the plan (漳政办规〔2023〕2号 二(三)9 and Annex 1, indicators 9-14):
 * the age limit of the children slots are planned for, slots per 1,000 residents, the inclusive share, and so on.
 * Seeded by migration; {@link #source} names the section of the plan each number comes from.
 */
@Entity
@Table(name = "planning_standard")
public class PlanningStandard {

    /** Whether the plan's number is a floor to reach ("不少于", "以上") or a limit to stay below ("以下"). */
    public enum Bound { AT_LEAST, BELOW }

    @Id
    public String code;

    @Column(nullable = false)
    public String description;

    /** The plan's own words. */
    @Column(name = "original_text", nullable = false)
    public String originalText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Bound bound;

    @Column(name = "standard_value", nullable = false, precision = 12, scale = 2)
    public BigDecimal value;

    @Column(nullable = false)
    public String unit;

    @Column(name = "target_year")
    public Integer targetYear;

    /** Number of the Annex 1 indicator the standard belongs to, if any. */
    @Column(name = "indicator_no")
    public Integer indicatorNo;

    @Column(nullable = false)
    public String source;
}
