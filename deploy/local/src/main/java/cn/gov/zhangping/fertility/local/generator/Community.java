package cn.gov.zhangping.fertility.local.generator;

import java.util.List;
import java.util.stream.Collectors;

/** A generated community (居委会 001–099 in subdistricts, 村委会 200– elsewhere) with its residents. */
public record Community(String code, String townshipCode, String name, boolean urban, long residents) {

    /** The body of childcare-registry-service's {@code POST /api/v1/communities}, the same residents each year. */
    public String toJson(List<Integer> years) {
        String populations = years.stream().map(y -> "{\"year\":" + y + ",\"residents\":" + residents + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"code\":\"" + code + "\",\"townshipCode\":\"" + townshipCode + "\",\"name\":\"" + name
                + "\",\"areaType\":\"" + (urban ? "URBAN" : "RURAL") + "\",\"populations\":" + populations + "}";
    }
}
