package cn.gov.zhangping.fertility.childcare.community.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * The register's rules for one community, beyond the field formats: a township of Zhangping, a code under it, each
 * population year once. {@code prefix} names the place in a CSV file ("line 3: ").
 */
public final class CommunityRules {

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private CommunityRules() {
    }

    public static List<FieldError> check(CommunityDetails d, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (d.townshipCode() == null || !Townships.isKnown(d.townshipCode())) {
            errors.add(new FieldError(prefix + "townshipCode", "is not a township code of Zhangping (350881xxx)"));
        } else if (d.code() == null || !d.code().matches("^[0-9]{12}$") || !Townships.isCommunityOf(d.code(), d.townshipCode())) {
            errors.add(new FieldError(prefix + "code", "must be 12 digits starting with the township code"));
        }
        if ((d.latitude() == null) != (d.longitude() == null)) {
            errors.add(new FieldError(prefix + (d.latitude() == null ? "latitude" : "longitude"),
                    "is required with " + (d.latitude() == null ? "longitude" : "latitude") + ": a centre has both or none"));
        }
        if (d.latitude() != null && d.latitude().abs().compareTo(MAX_LATITUDE) > 0) {
            errors.add(new FieldError(prefix + "latitude", "must be from -90 to 90"));
        }
        if (d.longitude() != null && d.longitude().abs().compareTo(MAX_LONGITUDE) > 0) {
            errors.add(new FieldError(prefix + "longitude", "must be from -180 to 180"));
        }
        Set<Integer> years = new HashSet<>();
        for (Community.Population p : d.populations()) {
            if (!years.add(p.year)) {
                errors.add(new FieldError(prefix + "populations", "year " + p.year + " is given more than once"));
            }
        }
        return errors;
    }
}
