package cn.gov.zhangping.fertility.familysupport.household.care.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Who checked a household in a year's census at one level, and when. */
@Entity
@Table(name = "household_census_check")
@IdClass(CensusCheck.Key.class)
public class CensusCheck {

    public record Key(UUID householdId, int year, CensusLevel level) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }

    @Id
    @Column(name = "household_id")
    public UUID householdId;

    @Id
    public int year;

    @Id
    @Enumerated(EnumType.STRING)
    public CensusLevel level;

    @Column(name = "checked_on", nullable = false)
    public LocalDate checkedOn;

    @Column(name = "checked_by", nullable = false)
    public String checkedBy;

    public String finding;
}
