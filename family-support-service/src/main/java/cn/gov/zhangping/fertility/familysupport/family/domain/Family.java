package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A family (plan tasks 1–2): the mother and, optionally, the father, and their children
 * ({@link FamilyChild}). One family per mother, found by her identity number when a birth is registered; a family
 * needs no marriage record and no father (task 1: registration never depends on marriage status or family size).
 * Identity numbers are stored as a registration stores the mother's: encrypted, a keyed index, a masked form. The id
 * is pseudonymous: events carry it so that consumers can group births by family without personal data.
 */
@Entity
@Table(name = "family")
public class Family {

    @Id
    public UUID id;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "mother_id_cipher", nullable = false)
    public byte[] motherIdCipher;

    @Column(name = "mother_id_index", nullable = false)
    public String motherIdIndex;

    @Column(name = "mother_id_masked", nullable = false)
    public String motherIdMasked;

    @Column(name = "father_id_cipher")
    public byte[] fatherIdCipher;

    @Column(name = "father_id_index")
    public String fatherIdIndex;

    @Column(name = "father_id_masked")
    public String fatherIdMasked;

    @Enumerated(EnumType.STRING)
    @Column(name = "hukou_type")
    public HukouType hukouType;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Family of(ProtectedId mother, String townshipCode, String communityCode, Instant at) {
        Family f = new Family();
        f.id = UUID.randomUUID();
        f.motherIdCipher = mother.cipher();
        f.motherIdIndex = mother.index();
        f.motherIdMasked = mother.masked();
        f.townshipCode = townshipCode;
        f.communityCode = communityCode;
        f.createdAt = at;
        return f;
    }

    /** Records the father when the family has none yet; a different father already recorded is left as it is. */
    void knowFather(ProtectedId father) {
        if (fatherIdIndex == null) {
            fatherIdCipher = father.cipher();
            fatherIdIndex = father.index();
            fatherIdMasked = father.masked();
        }
    }

    /** The latest residence and hukou type stated for the family (at its latest registration). */
    void livesIn(String townshipCode, String communityCode, HukouType hukouType) {
        this.townshipCode = townshipCode;
        this.communityCode = communityCode;
        if (hukouType != null) {
            this.hukouType = hukouType;
        }
    }
}
