package cn.gov.zhangping.fertility.familysupport.application.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.application.events.ApplicationEvents;
import cn.gov.zhangping.fertility.familysupport.application.persistence.ApplicationReferenceData;
import cn.gov.zhangping.fertility.familysupport.application.persistence.JointApplicationRepository;
import cn.gov.zhangping.fertility.familysupport.application.persistence.SubMatterRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Opens the joint application of a registered birth (出生一件事, task 2) in the registration's transaction: one
 * sub-matter per kind that applies (the maternity-insurance payment only where the mother is insured), each
 * SUBMITTED with its due date, or DONE when it was done before (a child born up to 3 years before the registration).
 * Older children get no application: the sub-matters are matters of a newborn. Each sub-matter's event is queued.
 */
@ApplicationScoped
public class OpeningApplication {

    /** Children born within this many years before the registration still get an application. */
    static final int YEARS = 3;

    @Inject
    JointApplicationRepository applications;

    @Inject
    SubMatterRepository subMatters;

    @Inject
    ApplicationReferenceData reference;

    @Inject
    Outbox outbox;

    Clock clock = CivilDate.clock();

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<JointApplication> open(UUID registrationId, UUID familyId, LocalDate birthDate, ApplicationFacts facts,
                                           String by) {
        LocalDate today = LocalDate.now(clock);
        if (birthDate.isBefore(today.minusYears(YEARS))) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        WorkingCalendar calendar = reference.calendar();
        JointApplication a = JointApplication.open(registrationId, familyId, now);
        applications.persist(a);
        List<SubMatter> opened = new ArrayList<>();
        for (ApplicationReferenceData.Rule rule : reference.rules().values()) {
            if (rule.kind() == SubMatterKind.MATERNITY_INSURANCE_PAYMENT && !facts.insured()) {
                continue;
            }
            SubMatter s = SubMatter.submit(a.id, rule.kind(), rule.department(), now, today,
                    calendar.plusWorkingDays(today, rule.timeLimitDays()), facts.done(rule.kind()), by);
            subMatters.persist(s);
            opened.add(s);
        }
        if (opened.stream().allMatch(s -> s.status == SubMatterStatus.DONE)) {
            a.completedAt = now;
        }
        opened.forEach(s -> outbox.add(ApplicationEvents.subMatterChanged(a, s)));
        return Optional.of(a);
    }
}
