package cn.gov.zhangping.fertility.local.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated family-planning household, shaped as family-support-service's {@code POST /api/v1/households}: its
 * basis ({@code ONLY_CHILD}, {@code RURAL_TWO_DAUGHTERS}, {@code CHILD_DECEASED}, {@code CHILD_DISABLED}), township,
 * the day it qualified, its members and the documents seen.
 */
public record Household(String basis, String townshipCode, LocalDate since, List<Member> members,
        List<Document> evidence) {

    /** A member: role, ID number, hukou, and for a child the date of death or the disability grade. */
    public record Member(String role, String idNumber, boolean rural, LocalDate diedOn, Integer disabilityGrade) {

        String toJson() {
            return "{\"role\":\"" + role + "\",\"idNumber\":\"" + idNumber + "\",\"hukouType\":\""
                    + (rural ? "RURAL" : "URBAN") + "\"" + (diedOn == null ? "" : ",\"diedOn\":\"" + diedOn + "\"")
                    + (disabilityGrade == null ? "" : ",\"disabilityGrade\":" + disabilityGrade) + "}";
        }
    }

    /** A document seen: its type, number and date of issue (no personal data in the number). */
    public record Document(String type, String number, LocalDate issuedOn) {

        String toJson() {
            return "{\"documentType\":\"" + type + "\",\"documentNumber\":\"" + number + "\",\"issuedOn\":\""
                    + issuedOn + "\"}";
        }
    }

    /** True for the special-assistance bases (特别扶助). */
    public boolean special() {
        return basis.startsWith("CHILD_");
    }

    public String toJson() {
        return "{\"basis\":\"" + basis + "\",\"townshipCode\":\"" + townshipCode + "\",\"since\":\"" + since
                + "\",\"members\":" + members.stream().map(Member::toJson).collect(Collectors.joining(",", "[", "]"))
                + ",\"evidence\":" + evidence.stream().map(Document::toJson).collect(Collectors.joining(",", "[", "]"))
                + "}";
    }
}
