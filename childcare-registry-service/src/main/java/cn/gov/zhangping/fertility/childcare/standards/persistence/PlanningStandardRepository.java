package cn.gov.zhangping.fertility.childcare.standards.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandard;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PlanningStandardRepository implements PanacheRepositoryBase<PlanningStandard, String> {
}
