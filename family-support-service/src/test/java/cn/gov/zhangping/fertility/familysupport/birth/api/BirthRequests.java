package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zhangping.fertility.familysupport.privacy.TestIds;

/** Request bodies for the birth registration tests. */
public final class BirthRequests {

    private BirthRequests() {
    }

    /**
     * A valid registration of a girl born ten days ago, with a mother nobody else uses: her second child, the first
     * (born five years ago) declared, so that the declared birth order is the derived one.
     */
    public static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("motherIdNumber", TestIds.validMother());
        body.put("childName", "陈安宁");
        body.put("sex", "FEMALE");
        body.put("birthDate", LocalDate.now().minusDays(10).toString());
        body.put("birthOrder", 2);
        body.put("townshipCode", "350881001");
        body.put("communityCode", "350881001003");
        body.put("hospital", "漳平市医院");
        body.put("specialFamily", false);
        body.put("rural", false);
        body.put("earlierChildren", List.of(Map.of("birthDate", LocalDate.now().minusYears(5).toString())));
        return body;
    }

    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }

    public static Map<String, Object> without(String field) {
        Map<String, Object> body = valid();
        body.remove(field);
        return body;
    }
}
