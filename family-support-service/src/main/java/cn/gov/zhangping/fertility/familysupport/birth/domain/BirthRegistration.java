package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A birth registration (生育登记, plan task 2): one per child, for first and later births alike; registration never
 * depends on birth order or family size (task 1). The mother's identity number is stored only encrypted, with a
 * keyed index for matching and its masked form for display.
 */
@Entity
@Table(name = "birth_registration")
public class BirthRegistration {

    @Id
    public UUID id;

    @Column(name = "mother_id_cipher", nullable = false)
    public byte[] motherIdCipher;

    @Column(name = "mother_id_index", nullable = false)
    public String motherIdIndex;

    @Column(name = "mother_id_masked", nullable = false)
    public String motherIdMasked;

    @Column(name = "child_name", nullable = false)
    public String childName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "birth_order", nullable = false)
    public int birthOrder;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(nullable = false)
    public String hospital;

    @Column(name = "special_family", nullable = false)
    public boolean specialFamily;

    @Column(nullable = false)
    public boolean rural;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
}
