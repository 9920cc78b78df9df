package cn.gov.zhangping.fertility.familysupport.birth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field a revision changed, with its value before and after, as text (e.g. {@code 350881001}, {@code true}). */
@Embeddable
public record FieldChange(
        @Column(name = "field", nullable = false) String field,
        @Column(name = "old_value", nullable = false) String from,
        @Column(name = "new_value", nullable = false) String to) {

    public static final String STATUS = "status";
    public static final String CHILD_NAME = "childName";
}
