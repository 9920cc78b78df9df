package cn.gov.zhangping.fertility.local.generator;

/** A generated community (居委会 001–099 in subdistricts, 村委会 200– elsewhere) with its residents. */
public record Community(String code, String townshipCode, String name, boolean urban, long residents) {

    /** The body of childcare-registry-service's {@code POST /api/v1/communities}, residents for the given year. */
    public String toJson(int year) {
        return "{\"code\":\"" + code + "\",\"townshipCode\":\"" + townshipCode + "\",\"name\":\"" + name
                + "\",\"areaType\":\"" + (urban ? "URBAN" : "RURAL") + "\",\"populations\":[{\"year\":" + year
                + ",\"residents\":" + residents + "}]}";
    }
}
