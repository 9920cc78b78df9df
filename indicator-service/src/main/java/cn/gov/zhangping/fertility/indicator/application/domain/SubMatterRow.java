package cn.gov.zhangping.fertility.indicator.application.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One sub-matter of one joint application as its events last described it. */
public record SubMatterRow(UUID applicationId, String subMatter, String department, String status, LocalDate dueOn,
                           Instant submittedAt, Instant doneAt, boolean everRejected) {

    public boolean isDone() {
        return "DONE".equals(status) && doneAt != null;
    }

    /** Neither done nor rejected. */
    public boolean isOpen() {
        return !"DONE".equals(status) && !"REJECTED".equals(status);
    }
}
