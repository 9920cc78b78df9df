package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.util.LinkedHashSet;
import java.util.Set;

import cn.gov.zhangping.fertility.familysupport.birth.domain.RevisionPrecondition;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/**
 * The {@code If-Match} request header (RFC 9110 §13.1.1) read as the revisions a change may be made from. A
 * registration's entity tag is its revision in quotes ({@code "3"}); {@code *} matches any revision; a weak tag
 * ({@code W/"3"}) never matches, since If-Match compares strongly. Anything else is a 400 problem.
 */
final class IfMatch {

    static final String HEADER = "If-Match";
    private static final int MAX_TAGS = 20;

    private IfMatch() {
    }

    static RevisionPrecondition parse(String header) {
        if (header == null) {
            return RevisionPrecondition.NONE;
        }
        String value = header.strip();
        if (value.equals("*")) {
            return RevisionPrecondition.NONE;
        }
        Set<Integer> revisions = new LinkedHashSet<>();
        String[] tags = value.split(",", -1);
        if (tags.length > MAX_TAGS) {
            throw malformed();
        }
        for (String raw : tags) {
            String tag = raw.strip();
            boolean weak = tag.startsWith("W/");
            String opaque = weak ? tag.substring(2) : tag;
            if (opaque.length() < 3 || opaque.length() > 12 || opaque.charAt(0) != '"'
                    || opaque.charAt(opaque.length() - 1) != '"') {
                throw malformed();
            }
            String digits = opaque.substring(1, opaque.length() - 1);
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                // a well-formed tag that is not one of ours matches no revision
                if (!digits.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x7e))) {
                    throw malformed();
                }
                continue;
            }
            long revision = Long.parseLong(digits);
            if (!weak && revision <= Integer.MAX_VALUE) {
                revisions.add((int) revision);
            }
        }
        return RevisionPrecondition.anyOf(revisions);
    }

    private static DomainException malformed() {
        return DomainException.invalid(HEADER, "must be * or entity tags such as \"3\" (the registration's ETag)");
    }
}
