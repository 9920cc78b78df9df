package cn.gov.zhangping.fertility.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TownshipsTest {

    @Test
    void hasTheSixteenTownshipsOfZhangping() {
        assertThat(Townships.all()).hasSize(16);
        assertThat(Townships.all()).allSatisfy(t -> assertThat(t.code()).startsWith(Townships.CITY_CODE).hasSize(9));
        assertThat(Townships.byCode("350881001")).get().extracting(Township::name).isEqualTo("菁城街道");
        assertThat(Townships.byCode("350881205")).get().extracting(Township::name).isEqualTo("灵地乡");
        assertThat(Townships.isKnown("350881111")).isFalse();
        assertThat(Townships.isKnown(null)).isFalse();
    }

    @Test
    void areListedInCodeOrder() {
        assertThat(Townships.all()).extracting(Township::code).isSorted();
    }

    @Test
    void aCommunityBelongsToTheTownshipItsCodeStartsWith() {
        assertThat(Townships.isCommunityOf("350881001003", "350881001")).isTrue();
        assertThat(Townships.isCommunityOf("350881100003", "350881001")).isFalse();
        assertThat(Townships.isCommunityOf("35088100100", "350881001")).isFalse();
        assertThat(Townships.isCommunityOf("35088100100A", "350881001")).isFalse();
    }
}
