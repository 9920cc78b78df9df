package cn.gov.zhangping.fertility.childcare.community.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.contracts.reference.AreaType;

/**
 * A community (居委会/村委会) of the register: its 12-digit code lies under its township's 9-digit code. The resident
 * population per year is the denominator of the per-1,000 indicators (12) and says which townships must offer
 * inclusive childcare (14); urban communities are those indicator 15 counts. Every change moves the revision on.
 */
@Entity
@Table(name = "community")
public class Community {

    @Id
    public String code;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type", nullable = false)
    public AreaType areaType;

    /** The community's centre, WGS 84 degrees; both null when not known (used to rank nurseries by distance). */
    @Column(precision = 8, scale = 6)
    public BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    public BigDecimal longitude;

    @Column(nullable = false)
    public int revision;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_population", joinColumns = @JoinColumn(name = "community_code"))
    @OrderBy("year")
    public List<Population> populations = new ArrayList<>();

    @Embeddable
    public static class Population {
        @Column(nullable = false)
        public int year;

        @Column(nullable = false)
        public int residents;

        public Population() {
        }

        public Population(int year, int residents) {
            this.year = year;
            this.residents = residents;
        }
    }

    /** Replaces what the register says of the community; false when nothing changed. */
    public boolean change(String name, AreaType areaType, List<Population> populations, BigDecimal latitude,
                          BigDecimal longitude, Instant at) {
        boolean same = this.name.equals(name) && this.areaType == areaType && samePopulations(populations)
                && sameNumber(this.latitude, latitude) && sameNumber(this.longitude, longitude);
        if (same) {
            return false;
        }
        this.latitude = latitude;
        this.longitude = longitude;
        this.name = name;
        this.areaType = areaType;
        this.populations.clear();
        this.populations.addAll(populations);
        this.revision++;
        this.changedAt = at;
        return true;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private boolean samePopulations(List<Population> other) {
        if (other.size() != populations.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (other.get(i).year != populations.get(i).year || other.get(i).residents != populations.get(i).residents) {
                return false;
            }
        }
        return true;
    }

    /** Residents in the year, or in the latest year before it that the register has; 0 when none. */
    public int residentsIn(int year) {
        int residents = 0;
        for (Population p : populations) {
            if (p.year <= year) {
                residents = p.residents;
            }
        }
        return residents;
    }
}
