package cn.gov.zhangping.fertility.childcare.demand.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A child whose birth was registered (生育登记, plan task 2), kept only as far as childcare planning needs it: where
 * the family lives and when the child was born (漳政办规〔2023〕2号 二(三)9). The registration id is opaque; no name
 * or identity number is held here.
 */
@Entity
@Table(name = "registered_child")
public class RegisteredChild {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    /** The child's order among its mother's children (the fee rule of task 8); null for rows stored before it was kept. */
    @Column(name = "birth_order")
    public Integer birthOrder;

    /** Born into a family-planning special family (计生特殊家庭再生育, the fee rule of task 8); null when not known. */
    @Column(name = "special_family")
    public Boolean specialFamily;

    public RegisteredChild() {
    }

    public RegisteredChild(UUID registrationId, String townshipCode, String communityCode, LocalDate birthDate) {
        this(registrationId, townshipCode, communityCode, birthDate, null, null);
    }

    public RegisteredChild(UUID registrationId, String townshipCode, String communityCode, LocalDate birthDate,
                           Integer birthOrder, Boolean specialFamily) {
        this.registrationId = registrationId;
        this.townshipCode = townshipCode;
        this.communityCode = communityCode;
        this.birthDate = birthDate;
        this.birthOrder = birthOrder;
        this.specialFamily = specialFamily;
    }
}
