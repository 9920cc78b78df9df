package cn.gov.zhangping.fertility.familysupport.birth.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.zhangping.fertility.familysupport.birth.domain.RevisionPrecondition;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @Test
    void noHeaderOrAStarMatchesAnyRevision() {
        assertThat(IfMatch.parse(null)).isEqualTo(RevisionPrecondition.NONE);
        assertThat(IfMatch.parse(" * ")).isEqualTo(RevisionPrecondition.NONE);
    }

    @Test
    void strongTagsNameRevisionsAndWeakOrForeignOnesMatchNone() {
        RevisionPrecondition p = IfMatch.parse("\"2\", W/\"3\", \"abc\", \"4\"");
        assertThat(p.isGiven()).isTrue();
        assertThat(p.holdsFor(2)).isTrue();
        assertThat(p.holdsFor(4)).isTrue();
        assertThat(p.holdsFor(3)).isFalse();
        assertThat(IfMatch.parse("W/\"1\"").holdsFor(1)).isFalse();
        assertThat(IfMatch.parse("\"9999999999\"").holdsFor(1)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "\"1", "1\"", "\"\"", "W/", "\"1\",", "\"1\" \"2\"", "\"a b\"", "\"\u00e9\"",
            "\"123456789012\""})
    void anythingElseIsABadRequest(String header) {
        assertThatThrownBy(() -> IfMatch.parse(header)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(400));
    }
}
