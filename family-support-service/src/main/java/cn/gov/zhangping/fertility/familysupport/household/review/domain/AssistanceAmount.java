package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;

/**
 * The yearly amount per recipient of a scheme in a year, with its source (the plan adjusts the special-assistance
 * standard dynamically, 漳政办规〔2023〕2号 二(五)16): entered by an administrator, never a literal.
 */
@Entity
@Table(name = "assistance_amount")
@IdClass(AssistanceAmount.Key.class)
public class AssistanceAmount {

    public record Key(Scheme scheme, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    public Scheme scheme;

    @Id
    public int year;

    @Column(name = "yearly_yuan", nullable = false)
    public BigDecimal yearlyYuan;

    @Column(nullable = false)
    public String source;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    @Column(name = "set_by", nullable = false)
    public String setBy;
}
