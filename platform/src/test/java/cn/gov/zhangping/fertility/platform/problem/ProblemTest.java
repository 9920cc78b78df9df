package cn.gov.zhangping.fertility.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void extensionMembersAreWrittenOnceAtTheTopLevel() throws Exception {
        Problem p = Problem.of(409, "birth-already-registered", "Birth already registered", "detail", "/api/v1/x")
                .withExtensions(Map.of("existingId", "0b7f4c1e-3f0a-4a8e-9c55-2f1d6f0e2a11"));
        String json = new ObjectMapper().writeValueAsString(p);
        JsonNode node = new ObjectMapper().readTree(json);
        assertThat(node.path("existingId").asText()).isEqualTo("0b7f4c1e-3f0a-4a8e-9c55-2f1d6f0e2a11");
        assertThat(node.has("extensions")).isFalse();
        assertThat(json.split("existingId", -1)).hasSize(2);
    }
}
