package cn.gov.zhangping.fertility.childcare.zone.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * The register's rules for one zone beyond the field formats: a township of Zhangping, a code under it (township
 * code, Z, three digits), a community of the community register in that township, and residents from 0.
 * {@code prefix} names the place in a CSV file ("line 3: ").
 */
public final class ZoneRules {

    public static final String CODE_PATTERN = "^[0-9]{9}Z[0-9]{3}$";
    public static final int MAX_RESIDENTS = 10_000_000;

    private ZoneRules() {
    }

    public static List<FieldError> check(ZoneDetails d, Function<String, Community> community, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (d.townshipCode() == null || !Townships.isKnown(d.townshipCode())) {
            errors.add(new FieldError(prefix + "townshipCode", "is not a township code of Zhangping (350881xxx)"));
        } else {
            if (d.code() == null || !d.code().matches(CODE_PATTERN) || !d.code().startsWith(d.townshipCode())) {
                errors.add(new FieldError(prefix + "code", "must be the township code, Z and 3 digits"));
            }
            Community c = d.communityCode() == null ? null : community.apply(d.communityCode());
            if (c == null || !c.townshipCode.equals(d.townshipCode())) {
                errors.add(new FieldError(prefix + "communityCode", "must be a community of the register in the township"));
            }
        }
        if (d.residents() == null || d.residents() < 0 || d.residents() > MAX_RESIDENTS) {
            errors.add(new FieldError(prefix + "residents", "must be a whole number from 0 to " + MAX_RESIDENTS));
        }
        return errors;
    }
}
