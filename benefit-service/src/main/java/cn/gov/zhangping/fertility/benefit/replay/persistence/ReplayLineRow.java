package cn.gov.zhangping.fertility.benefit.replay.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.replay.domain.ReplayLine;

/** One line of a replay as stored (ids only: no personal data). */
@Entity
@Table(name = "policy_replay_line")
public class ReplayLineRow {

    @Id
    public UUID id;

    @Column(name = "replay_id", nullable = false)
    public UUID replayId;

    @Column(nullable = false)
    public int position;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "paid_fen", nullable = false)
    public long paidFen;

    @Column(name = "owed_fen", nullable = false)
    public long owedFen;

    public static ReplayLineRow of(UUID replayId, int position, ReplayLine line) {
        ReplayLineRow row = new ReplayLineRow();
        row.id = UUID.randomUUID();
        row.replayId = replayId;
        row.position = position;
        row.familyId = line.familyId();
        row.registrationId = line.registrationId();
        row.claimId = line.claimId();
        row.paidFen = line.paid().value();
        row.owedFen = line.owed().value();
        return row;
    }

    public ReplayLine toLine() {
        return new ReplayLine(familyId, registrationId, claimId, new Fen(paidFen), new Fen(owedFen));
    }
}
