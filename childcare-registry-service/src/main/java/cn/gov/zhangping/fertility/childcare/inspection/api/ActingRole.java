package cn.gov.zhangping.fertility.childcare.inspection.api;

import jakarta.ws.rs.core.SecurityContext;

/** The role a write is recorded with: the first of the allowed roles that the caller's token carries. */
public final class ActingRole {

    private ActingRole() {
    }

    public static String of(SecurityContext security, String... allowed) {
        for (String role : allowed) {
            if (security.isUserInRole(role)) {
                return role;
            }
        }
        return allowed[0];
    }
}
