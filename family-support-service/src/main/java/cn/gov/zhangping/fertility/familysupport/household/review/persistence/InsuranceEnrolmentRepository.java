package cn.gov.zhangping.fertility.familysupport.household.review.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.review.domain.InsuranceEnrolment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InsuranceEnrolmentRepository implements PanacheRepositoryBase<InsuranceEnrolment, InsuranceEnrolment.Key> {

    public List<InsuranceEnrolment> of(Collection<UUID> memberIds, int year) {
        return memberIds.isEmpty() ? List.of() : list("memberId in ?1 and year = ?2", memberIds, year);
    }
}
