package cn.gov.zhangping.fertility.indicator.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.security.Roles;

/** The departments whose role ({@link Roles#of(Department)}) the caller's token carries. */
public final class CallerDepartments {

    private CallerDepartments() {
    }

    public static Set<Department> of(SecurityContext security) {
        Set<Department> result = EnumSet.noneOf(Department.class);
        if (security == null || security.getUserPrincipal() == null) {
            return result;
        }
        for (Department d : Department.values()) {
            if (security.isUserInRole(Roles.of(d))) {
                result.add(d);
            }
        }
        return result;
    }
}
