package cn.gov.zhangping.fertility.indicator.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.security.Roles;

/** The departments whose role ({@link Roles#of(Department)}) the caller's token carries. */
public final class CallerDepartments {

    private CallerDepartments() {
    }

    public static Set<Department> of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return EnumSet.noneOf(Department.class);
        }
        return of(security::isUserInRole);
    }

    /** The departments among the roles {@code hasRole} says yes to. */
    public static Set<Department> of(Predicate<String> hasRole) {
        Set<Department> result = EnumSet.noneOf(Department.class);
        for (Department d : Department.values()) {
            if (hasRole.test(Roles.of(d))) {
                result.add(d);
            }
        }
        return result;
    }
}
