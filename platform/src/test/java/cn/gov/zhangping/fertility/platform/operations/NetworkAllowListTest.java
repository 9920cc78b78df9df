package cn.gov.zhangping.fertility.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class NetworkAllowListTest {

    private final NetworkAllowList loopback = NetworkAllowList.parse(List.of("127.0.0.0/8", "::1/128"));

    @Test
    void loopbackOnlyByDefault() {
        assertThat(loopback.allows("127.0.0.1")).isTrue();
        assertThat(loopback.allows("127.255.0.9")).isTrue();
        assertThat(loopback.allows("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(loopback.allows("::ffff:127.0.0.1")).isTrue();
        assertThat(loopback.allows("128.0.0.1")).isFalse();
        assertThat(loopback.allows("10.0.0.1")).isFalse();
        assertThat(loopback.allows("::2")).isFalse();
    }

    @Test
    void prefixesThatDoNotEndOnAByte() {
        NetworkAllowList pods = NetworkAllowList.parse(List.of("10.42.16.0/20"));
        assertThat(pods.allows("10.42.16.1")).isTrue();
        assertThat(pods.allows("10.42.31.255")).isTrue();
        assertThat(pods.allows("10.42.32.0")).isFalse();
        assertThat(pods.allows("10.42.15.255")).isFalse();
    }

    @Test
    void noHostNamesNoGarbage() {
        assertThat(loopback.allows("localhost")).isFalse();
        assertThat(loopback.allows(null)).isFalse();
        assertThat(loopback.allows("")).isFalse();
        assertThatThrownBy(() -> NetworkAllowList.parse(List.of("localhost/8"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetworkAllowList.parse(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetworkAllowList.parse(List.of("10.0.0.0/x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
