package cn.gov.zhangping.fertility.childcare.enrolment.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.childcare.enrolment.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.standards.domain.AgeLimit;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandards;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * The daily job: a child leaves the under-3 register on its third birthday (29 February: 1 March in a common year,
 * {@link AgeLimit}), and its enrolment ends that day; the freed slots go to the waiting lists. Run again on the same
 * day it finds nothing more to do.
 */
@ApplicationScoped
public class EndingEnrolmentsAtThree {

    private static final Logger LOG = Logger.getLogger(EndingEnrolmentsAtThree.class);

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    InstitutionRepository institutions;

    @Inject
    RegisteredChildRepository children;

    @Inject
    PlanningStandards standards;

    @Inject
    EnrollingChild enrolling;

    @Scheduled(cron = "{fertility.childcare.over-limit-job.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int ended = endOn(CivilDate.today());
        LOG.infof("ended %d enrolments of children who reached the age limit", ended);
    }

    /** Ends the enrolments of the children who are no longer under the limit on {@code today}; how many. */
    @Transactional
    public int endOn(LocalDate today) {
        AgeLimit limit = standards.childAgeLimit();
        // born on or before the day before the earliest birth date still under the limit
        List<Enrolment> over = enrolments.activeOfChildrenBornBy(limit.earliestBirthDateUnderOn(today).minusDays(1));
        Set<UUID> nurseries = new LinkedHashSet<>();
        over.forEach(e -> nurseries.add(e.institutionId));
        for (UUID id : nurseries) {
            ChildcareInstitution nursery = institutions.lock(id).orElseThrow();
            for (Enrolment e : over) {
                if (e.institutionId.equals(id)) {
                    LocalDate reached = limit.reachedOn(children.findById(e.childId).birthDate);
                    enrolling.end(e, nursery, reached, "reached the age limit (" + limit.source() + ")");
                }
            }
            enrolling.serveWaitingList(nursery, today);
        }
        return over.size();
    }
}
