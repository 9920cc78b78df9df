package cn.gov.zhangping.fertility.familysupport.household.care.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A special family's care arrangement (漳政办规〔2023〕2号 二(五)17): the two contact persons (双岗联系人, township and
 * village/community) and the contracted family doctor (家庭医生签约服务).
 */
@Entity
@Table(name = "household_care")
public class CareArrangement {

    @Id
    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "township_contact_name", nullable = false)
    public String townshipContactName;

    @Column(name = "township_contact_phone", nullable = false)
    public String townshipContactPhone;

    @Column(name = "village_contact_name", nullable = false)
    public String villageContactName;

    @Column(name = "village_contact_phone", nullable = false)
    public String villageContactPhone;

    @Column(name = "family_doctor_name")
    public String familyDoctorName;

    @Column(name = "family_doctor_institution")
    public String familyDoctorInstitution;

    @Column(name = "family_doctor_since")
    public LocalDate familyDoctorSince;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
