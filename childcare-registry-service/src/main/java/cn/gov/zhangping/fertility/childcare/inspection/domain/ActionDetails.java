package cn.gov.zhangping.fertility.childcare.inspection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An enforcement action as it is taken: kind, day, reason, the fine (FINE only) and the inspection it follows. */
public record ActionDetails(EnforcementAction.Kind kind, LocalDate takenOn, String reason, BigDecimal fineAmount,
                            UUID inspectionId) {
}
