package cn.gov.zhangping.fertility.indicator.values.api;

import java.util.Set;
import java.util.function.Predicate;

import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.indicator.catalogue.domain.Indicator;
import cn.gov.zhangping.fertility.indicator.security.CallerDepartments;
import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.security.Roles;

/**
 * Who sees which figures unsuppressed: readers, auditors, reviewers and administrators every indicator; a
 * department's officers the indicators their department owns (Annex 1); anyone else, signed in or not, the public
 * figures with small cells suppressed.
 */
final class Viewers {

    private Viewers() {
    }

    static Predicate<Indicator> detail(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return i -> false;
        }
        if (security.isUserInRole(Roles.READER) || security.isUserInRole(Roles.AUDITOR)
                || security.isUserInRole(Roles.REVIEWER) || security.isUserInRole(Roles.ADMINISTRATOR)) {
            return i -> true;
        }
        Set<Department> departments = CallerDepartments.of(security);
        return i -> i.owners().stream().anyMatch(departments::contains);
    }
}
