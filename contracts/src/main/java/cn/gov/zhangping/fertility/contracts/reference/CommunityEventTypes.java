package cn.gov.zhangping.fertility.contracts.reference;

import java.util.List;

import cn.gov.zhangping.fertility.contracts.birth.BirthEventTypes;

/**
 * The community register's events (childcare-registry-service maintains the register): one topic, keyed by the
 * 12-digit community code, so the changes of one community keep their order. Named like the birth topic.
 */
public final class CommunityEventTypes {

    public static final String TOPIC = "fertility.communities.v1";
    public static final String DEAD_LETTER_TOPIC = TOPIC + ".dlq";
    public static final String SOURCE = "/childcare-registry-service";
    /** The aggregate the events are about: its id (the community code) is the subject and record key. */
    public static final String AGGREGATE = "community";

    public static final String CHANGED_V1 = "cn.gov.zhangping.fertility.reference.community-changed.v1";

    public static final List<String> ALL = List.of(CHANGED_V1);

    private CommunityEventTypes() {
    }

    /** The schema URI of a type, under the suite's one schema base. */
    public static String schemaOf(String type) {
        return BirthEventTypes.schemaOf(type);
    }
}
