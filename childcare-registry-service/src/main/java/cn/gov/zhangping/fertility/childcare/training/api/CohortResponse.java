package cn.gov.zhangping.fertility.childcare.training.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.training.domain.TrainingCohort;
import cn.gov.zhangping.fertility.childcare.training.domain.TrainingCohortVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingCohort", description = "A training cohort (counts only) as it stands, or one of its versions")
public record CohortResponse(
        UUID id,
        @Schema(example = "保育师（五级）") String course,
        @Schema(example = "漳平市职业技术学校") String provider,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "2026-03-01") LocalDate startDate,
        @Schema(example = "2026-04-30") LocalDate endDate,
        @Schema(example = "45") int trained,
        @Schema(example = "41") int certified,
        @Schema(example = "1") int revision,
        @Schema(description = "Why this version corrected the previous one; null for the first", nullable = true) String reason,
        @Schema(example = "2026-05-02T08:00:00Z") Instant changedAt) {

    static CohortResponse of(TrainingCohort c) {
        return new CohortResponse(c.id, c.course, c.provider, c.townshipCode, c.startDate, c.endDate, c.trained, c.certified,
                c.revision, null, c.changedAt);
    }

    static CohortResponse of(TrainingCohortVersion v) {
        return new CohortResponse(v.cohortId, v.course, v.provider, v.townshipCode, v.startDate, v.endDate, v.trained,
                v.certified, v.revision, v.reason, v.recordedAt);
    }
}
