package cn.gov.zhangping.fertility.familysupport.household.leave.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a nursing-leave check was made: by whom, when, the answer; the child's identity number only as its index. */
@Entity
@Table(name = "nursing_leave_check")
public class NursingLeaveCheck {

    @Id
    public UUID id;

    @Column(name = "child_id_index", nullable = false)
    public String childIdIndex;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public boolean qualifies;

    @Column(nullable = false)
    public String reason;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    @Column(name = "checked_by", nullable = false)
    public String checkedBy;
}
