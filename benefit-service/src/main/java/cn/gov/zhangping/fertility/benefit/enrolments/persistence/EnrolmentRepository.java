package cn.gov.zhangping.fertility.benefit.enrolments.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.enrolments.domain.Enrolment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /** A child's enrolments, oldest start first. */
    public List<Enrolment> ofChild(UUID registrationId) {
        return list("registrationId = ?1 order by startDate, enrolmentId", registrationId);
    }
}
