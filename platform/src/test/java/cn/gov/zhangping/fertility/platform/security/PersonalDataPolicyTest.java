package cn.gov.zhangping.fertility.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.zhangping.fertility.platform.security.PersonalDataPolicy.Visibility;
import org.junit.jupiter.api.Test;

/** The one masking rule, for every role the suite knows. */
class PersonalDataPolicyTest {

    private static final Set<String> FULL_ID = Set.of(Roles.AUDITOR);
    private static final Set<String> FULL_NAME = Set.of(Roles.REGISTRAR, Roles.REVIEWER, Roles.AUDITOR, Roles.CIVIL_AFFAIRS);
    private static final Set<String> FULL_PHONE = Set.of(Roles.REGISTRAR, Roles.AUDITOR, Roles.CIVIL_AFFAIRS);

    static List<String> everyRole() throws IllegalAccessException {
        List<String> roles = new ArrayList<>();
        for (Field f : Roles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                roles.add((String) f.get(null));
            }
        }
        return roles;
    }

    @Test
    void eachRoleSeesEachKindOfFieldInFullOrMasked() throws IllegalAccessException {
        for (String role : everyRole()) {
            assertThat(PersonalDataPolicy.show(PersonalDataPolicy.Field.ID_NUMBER, "350881199003150026", role::equals))
                    .as("ID number for %s", role)
                    .isEqualTo(FULL_ID.contains(role) ? "350881199003150026" : "3508**********0026");
            assertThat(PersonalDataPolicy.show(PersonalDataPolicy.Field.NAME, "陈安宁", role::equals))
                    .as("name for %s", role).isEqualTo(FULL_NAME.contains(role) ? "陈安宁" : "陈**");
            assertThat(PersonalDataPolicy.show(PersonalDataPolicy.Field.PHONE, "13905970000", role::equals))
                    .as("phone for %s", role).isEqualTo(FULL_PHONE.contains(role) ? "13905970000" : "139******00");
        }
    }

    @Test
    void noRoleOrAnUnknownOneSeesOnlyMaskedForms() {
        for (PersonalDataPolicy.Field field : PersonalDataPolicy.Field.values()) {
            assertThat(PersonalDataPolicy.visibility(field, r -> false)).isEqualTo(Visibility.MASKED);
            assertThat(PersonalDataPolicy.visibility(field, "someone-else"::equals)).isEqualTo(Visibility.MASKED);
        }
    }

    @Test
    void theMostARolesAllowWins() {
        Set<String> readerAndAuditor = Set.of(Roles.READER, Roles.AUDITOR);
        assertThat(PersonalDataPolicy.visibility(PersonalDataPolicy.Field.ID_NUMBER, readerAndAuditor::contains))
                .isEqualTo(Visibility.FULL);
    }

    @Test
    void masksKeepCodePointsWholeAndNullStaysNull() {
        assertThat(PersonalDataPolicy.mask(PersonalDataPolicy.Field.NAME, "𠀋安")).isEqualTo("𠀋*");
        assertThat(PersonalDataPolicy.mask(PersonalDataPolicy.Field.NAME, "陈")).isEqualTo("陈*");
        assertThat(PersonalDataPolicy.mask(PersonalDataPolicy.Field.NAME, "")).isEmpty();
        assertThat(PersonalDataPolicy.mask(PersonalDataPolicy.Field.PHONE, "12345")).isEqualTo("*****");
        assertThat(PersonalDataPolicy.show(PersonalDataPolicy.Field.NAME, null, r -> true)).isNull();
    }
}
