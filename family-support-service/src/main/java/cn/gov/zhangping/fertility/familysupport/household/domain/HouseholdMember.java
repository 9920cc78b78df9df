package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;
import cn.gov.zhangping.fertility.familysupport.family.domain.ProtectedId;

/** A member of a household: a parent (a recipient) or a child, with the identity number protected as elsewhere. */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    @Id
    public UUID id;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "hukou_type", nullable = false)
    public HukouType hukouType;

    @Column(name = "id_number_cipher", nullable = false)
    public byte[] idNumberCipher;

    @Column(name = "id_number_index", nullable = false)
    public String idNumberIndex;

    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;

    @Column(name = "died_on")
    public LocalDate diedOn;

    @Column(name = "disability_grade")
    public Integer disabilityGrade;

    static HouseholdMember of(UUID householdId, int position, NewMember m, ProtectedId id) {
        HouseholdMember member = new HouseholdMember();
        member.id = UUID.randomUUID();
        member.householdId = householdId;
        member.position = position;
        member.role = m.role();
        member.sex = m.sex();
        member.birthDate = m.birthDate();
        member.hukouType = m.hukouType();
        member.idNumberCipher = id.cipher();
        member.idNumberIndex = id.index();
        member.idNumberMasked = id.masked();
        member.diedOn = m.diedOn();
        member.disabilityGrade = m.disabilityGrade();
        return member;
    }

    public boolean isLivingOn(LocalDate day) {
        return diedOn == null || diedOn.isAfter(day);
    }
}
