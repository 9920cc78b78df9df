package cn.gov.zhangping.fertility.benefit.replay.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** The replay of one published version, with its totals per payer; its lines are {@link ReplayLineRow}s. */
@Entity
@Table(name = "policy_replay")
public class PolicyReplay {

    @Id
    public UUID id;

    @Column(name = "policy_code", nullable = false)
    public String policyCode;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(name = "window_from")
    public LocalDate windowFrom;

    @Column(name = "window_to")
    public LocalDate windowTo;

    @Column(name = "entitlements_changed", nullable = false)
    public int entitlementsChanged;

    @Column(nullable = false)
    public int families;

    @Column(name = "paid_fen", nullable = false)
    public long paidFen;

    @Column(name = "owed_fen", nullable = false)
    public long owedFen;

    @Column(name = "arrears_fen", nullable = false)
    public long arrearsFen;

    @Column(name = "overpayment_fen", nullable = false)
    public long overpaymentFen;

    @Column(name = "replayed_at", nullable = false)
    public Instant replayedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_replay_payer", joinColumns = @JoinColumn(name = "replay_id"))
    @OrderBy("payer")
    public List<PayerRow> payers = new ArrayList<>();

    /** What one payer bears of the arrears and overpayments. */
    @Embeddable
    public static class PayerRow {
        @Column(nullable = false)
        public String payer;
        @Column(name = "arrears_fen", nullable = false)
        public long arrearsFen;
        @Column(name = "overpayment_fen", nullable = false)
        public long overpaymentFen;

        public PayerRow() {
        }

        public PayerRow(String payer, long arrearsFen, long overpaymentFen) {
            this.payer = payer;
            this.arrearsFen = arrearsFen;
            this.overpaymentFen = overpaymentFen;
        }
    }
}
