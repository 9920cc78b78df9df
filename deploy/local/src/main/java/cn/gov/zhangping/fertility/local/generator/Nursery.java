package cn.gov.zhangping.fertility.local.generator;

/** A generated nursery (托育机构) with a valid unified social credit code (GB 32100-2015). */
public record Nursery(String name, String creditCode, String kind, boolean inclusive, String townshipCode,
        String communityCode, int totalSlots, int inclusiveSlots, int monthlyFee) {

    /** The body of childcare-registry-service's {@code POST /api/v1/childcare-institutions}. */
    public String toJson() {
        return "{\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode + "\",\"kind\":\"" + kind
                + "\",\"inclusive\":" + inclusive + ",\"townshipCode\":\"" + townshipCode + "\",\"communityCode\":\""
                + communityCode + "\",\"address\":\"" + name + "\",\"totalSlots\":" + totalSlots
                + ",\"inclusiveSlots\":" + inclusiveSlots + ",\"ageGroups\":[\"FROM_1_TO_2\",\"FROM_2_TO_3\"],"
                + "\"monthlyFee\":" + monthlyFee + ".00,\"operator\":\"" + name + "运营方\"}";
    }

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The check character of the first 17 characters of a unified social credit code. */
    public static char creditCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }
}
