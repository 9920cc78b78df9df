package cn.gov.zhangping.fertility.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Sex { MALE, FEMALE }

    record Request(Integer order, String name, Boolean rural, Sex sex) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        new StrictJson().customize(m);
        return m;
    }

    private Request read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Request.class);
    }

    @Test
    void valuesOfTheirOwnKindAreRead() throws Exception {
        assertThat(read("{\"order\":2,\"name\":\"陈安宁\uD840\uDC00\",\"rural\":false,\"sex\":\"FEMALE\"}"))
                .isEqualTo(new Request(2, "陈安宁\uD840\uDC00", false, Sex.FEMALE));
        assertThat(read("{\"order\":null,\"name\":null}")).isEqualTo(new Request(null, null, null, null));
    }

    @Test
    void numbersAreNotRoundedOrParsed() {
        for (String order : new String[] {"2.5", "2.0", "\"2\"", "\"\"", "true", "99999999999999999999", "1e400"}) {
            assertThatThrownBy(() -> read("{\"order\":" + order + "}")).as(order).isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void textIsNotMadeFromOtherValues() {
        for (String name : new String[] {"1", "2.5", "true", "{}", "[]"}) {
            assertThatThrownBy(() -> read("{\"name\":" + name + "}")).as(name).isInstanceOf(JsonProcessingException.class);
        }
        assertThatThrownBy(() -> read("{\"rural\":\"true\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"rural\":1}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"sex\":0}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"order\":1} {}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreRefusedNamingTheField() {
        for (String bad : new String[] {"\\u0000", "a\\u0001b", "\\t", "\\u007f", "\\u0085", "\\ud800", "x\\udc00", "\\ud800x"}) {
            assertThatThrownBy(() -> read("{\"name\":\"" + bad + "\"}")).as(bad)
                    .isInstanceOf(UnacceptableTextException.class)
                    .satisfies(e -> assertThat(((UnacceptableTextException) e).getPath().get(0).getFieldName()).isEqualTo("name"));
        }
    }
}
