package cn.gov.zhangping.fertility.local.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated birth, shaped as a registration of family-support-service ({@code POST /api/v1/birth-registrations}).
 * {@code earlierChildren} are the mother's children the suite has not seen (declared with the registration); children
 * of the same mother generated earlier in the same data set are registered, not declared.
 */
public record Birth(int index, String motherIdNumber, String fatherIdNumber, String childName, boolean male,
        LocalDate birthDate, int birthOrder, String townshipCode, String communityCode, String hospital, boolean rural,
        List<LocalDate> earlierChildren, boolean motherInsured) {

    /** The registration body as JSON. */
    public String toJson() {
        StringBuilder earlier = new StringBuilder("[");
        for (LocalDate d : earlierChildren) {
            earlier.append(earlier.length() > 1 ? "," : "").append("{\"birthDate\":\"").append(d).append("\"}");
        }
        earlier.append(']');
        return "{\"motherIdNumber\":\"" + motherIdNumber + "\",\"childName\":\"" + childName + "\",\"sex\":\""
                + (male ? "MALE" : "FEMALE") + "\",\"birthDate\":\"" + birthDate + "\",\"birthOrder\":" + birthOrder
                + ",\"townshipCode\":\"" + townshipCode + "\",\"communityCode\":\"" + communityCode
                + "\",\"hospital\":\"" + hospital + "\",\"specialFamily\":false,\"rural\":" + rural
                + (fatherIdNumber == null ? "" : ",\"fatherIdNumber\":\"" + fatherIdNumber + "\"")
                + ",\"hukouType\":\"" + (rural ? "RURAL" : "URBAN") + "\",\"earlierChildren\":" + earlier
                + ",\"motherInsured\":" + motherInsured + "}";
    }
}
