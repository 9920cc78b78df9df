package cn.gov.zhangping.fertility.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import jakarta.json.Json;

import cn.gov.zhangping.fertility.platform.problem.DomainException;
import org.junit.jupiter.api.Test;

class TownshipScopeTest {

    @Test
    void noClaimOrAnEmptyOneIsNoScope() {
        assertThat(TownshipScope.fromClaim(null)).isEqualTo(TownshipScope.NONE);
        assertThat(TownshipScope.fromClaim(List.of())).isEqualTo(TownshipScope.NONE);
        assertThat(TownshipScope.NONE.any()).isFalse();
        assertThat(TownshipScope.NONE.permits("350881001")).isFalse();
    }

    @Test
    void aStarIsTheWholeCity() {
        TownshipScope city = TownshipScope.fromClaim(Json.createArrayBuilder().add("*").build());
        assertThat(city.cityWide()).isTrue();
        assertThat(city.permits("350881106")).isTrue();
        assertThat(city.limit()).isEmpty();
    }

    @Test
    void codesLimitTheScope() {
        TownshipScope two = TownshipScope.fromClaim(Json.createArrayBuilder().add("350881001").add("350881106").build());
        assertThat(two.permits("350881001")).isTrue();
        assertThat(two.permits("350881102")).isFalse();
        assertThat(two.permits(null)).isFalse();
        assertThat(two.limit()).contains(Set.of("350881001", "350881106"));
        assertThat(TownshipScope.fromClaim(List.of("350881001")).permits("350881001")).isTrue();
    }

    @Test
    void aMalformedClaimIsA403() {
        for (Object claim : List.of("350881001", "*", 42, List.of(1), List.of("*", "350881001"), List.of("999999999"),
                List.of(""), Json.createArrayBuilder().addNull().build(),
                Json.createObjectBuilder().add("a", 1).build())) {
            assertThatThrownBy(() -> TownshipScope.fromClaim(claim)).as("%s", claim)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.code()).isEqualTo("township-scope-invalid");
                    });
        }
    }
}
