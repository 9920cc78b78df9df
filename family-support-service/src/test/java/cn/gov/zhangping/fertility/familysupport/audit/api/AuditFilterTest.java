package cn.gov.zhangping.fertility.familysupport.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditOutcome;
import cn.gov.zhangping.fertility.platform.paging.Page;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    record Shown(UUID id, String name) {
    }

    record Checked(UUID checkId) {
    }

    static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "registrar-chen";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    @Test
    void theClientIsTheTokensAzpElseItsClientId() {
        assertThat(AuditFilter.clientOf(token(Map.of("azp", "worklist-portal", "client_id", "other")))).isEqualTo("worklist-portal");
        assertThat(AuditFilter.clientOf(token(Map.of("client_id", "audit-console")))).isEqualTo("audit-console");
        assertThat(AuditFilter.clientOf(token(Map.of()))).isNull();
        assertThat(AuditFilter.clientOf(() -> "not-a-token")).isNull();
    }

    @Test
    void recordIdsComeFromTheBodyItsItemsOrItsPage() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(AuditFilter.ids(new Shown(a, "x"), "id")).containsExactly(a);
        assertThat(AuditFilter.ids(List.of(new Shown(a, "x"), new Shown(b, "y")), "id")).containsExactly(a, b);
        assertThat(AuditFilter.ids(new Page<>(List.of(new Shown(b, "y")), 0, 50, 1, 1), "id")).containsExactly(b);
        assertThat(AuditFilter.ids(new Checked(a), "checkId")).containsExactly(a);
        assertThat(AuditFilter.ids(new Checked(a), "id")).isEmpty();
        assertThat(AuditFilter.ids(null, "id")).isEmpty();
    }

    @Test
    void outcomesFollowTheStatus() {
        assertThat(List.of(200, 201, 400, 403, 404, 409, 412, 422, 500, 503).stream().map(AuditOutcome::of))
                .containsExactly(AuditOutcome.OK, AuditOutcome.OK, AuditOutcome.INVALID, AuditOutcome.DENIED,
                        AuditOutcome.NOT_FOUND, AuditOutcome.INVALID, AuditOutcome.INVALID, AuditOutcome.INVALID,
                        AuditOutcome.ERROR, AuditOutcome.ERROR);
    }
}
