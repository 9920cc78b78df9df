package cn.gov.zhangping.fertility.childcare.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.training.events.TrainingEvents;
import cn.gov.zhangping.fertility.childcare.training.persistence.TrainingCohortRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * The HR & social security bureau records the training cohorts of infant-care workers and corrects them (task 8,
 * indicator 11). Every version is kept; the cohort as it now stands is published (training-recorded.v1) in the same
 * transaction.
 */
@ApplicationScoped
public class RecordingTraining {

    /** Dates outside this range are refused rather than stored as a training of another era. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    @Inject
    TrainingCohortRepository cohorts;

    @Inject
    Outbox outbox;

    @Transactional
    public TrainingCohort record(CohortDetails d, String role) {
        check(d);
        TrainingCohort c = new TrainingCohort();
        c.id = UUID.randomUUID();
        c.apply(d);
        c.revision = 1;
        c.recordedAt = Instant.now();
        c.changedAt = c.recordedAt;
        cohorts.persist(c);
        cohorts.record(TrainingCohortVersion.of(c, null, role));
        outbox.add(TrainingEvents.recorded(c));
        return c;
    }

    /** Replaces the cohort's figures, keeping the earlier version; the same figures again change nothing. */
    @Transactional
    public TrainingCohort correct(UUID id, CohortDetails d, String reason, String role) {
        TrainingCohort c = cohorts.lock(id).orElseThrow(() -> DomainException.notFound("training cohort", id));
        check(d);
        if (c.correct(d, Instant.now())) {
            cohorts.record(TrainingCohortVersion.of(c, reason, role));
            outbox.add(TrainingEvents.recorded(c));
        }
        return c;
    }

    private static void check(CohortDetails d) {
        List<FieldError> errors = new ArrayList<>();
        if (!Townships.isKnown(d.townshipCode())) {
            errors.add(new FieldError("townshipCode", "is not a township code of Zhangping (350881xxx)"));
        }
        for (String field : List.of("startDate", "endDate")) {
            LocalDate date = field.equals("startDate") ? d.startDate() : d.endDate();
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                errors.add(new FieldError(field, "must be between " + EARLIEST + " and " + LATEST));
            }
        }
        if (d.endDate().isBefore(d.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        if (d.certified() > d.trained()) {
            errors.add(new FieldError("certified", "must not be more than trained"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
