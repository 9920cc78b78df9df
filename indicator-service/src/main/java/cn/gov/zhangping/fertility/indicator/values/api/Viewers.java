package cn.gov.zhangping.fertility.indicator.values.api;

import java.util.Set;
import java.util.function.Predicate;


import cn.gov.zhangping.fertility.indicator.catalogue.domain.Indicator;
import cn.gov.zhangping.fertility.indicator.security.CallerDepartments;
import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who sees which figures unsuppressed: readers, auditors, reviewers and administrators every indicator; a
 * department's officers the indicators their department owns (Annex 1); anyone else, signed in or not, the public
 * figures with small cells suppressed.
 */
final class Viewers {

    private Viewers() {
    }

    /**
     * The endpoints are public, and with lazy authentication a public endpoint's SecurityContext stays anonymous: the
     * injected SecurityIdentity is read instead, which authenticates the bearer token when there is one (401 when it
     * is not valid).
     */
    static Predicate<Indicator> detail(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return i -> false;
        }
        if (identity.hasRole(Roles.READER) || identity.hasRole(Roles.AUDITOR)
                || identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.ADMINISTRATOR)) {
            return i -> true;
        }
        Set<Department> departments = CallerDepartments.of(identity::hasRole);
        return i -> i.owners().stream().anyMatch(departments::contains);
    }
}
