package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one policy in date order, each with the period it is in force. Each day has at most one version in
 * force, so the same facts always give the same answer. A new version that overlaps another is refused, except that
 * it may reach back into the version in force on its first day when it also covers the rest of that version's period:
 * that version then ends the day before ({@link PolicyVersion#supersedes}).
 */
public final class Timeline {

    private final PolicyCode code;
    private final List<PolicyVersion> versions;

    public Timeline(PolicyCode code, List<PolicyVersion> versions) {
        this.code = code;
        List<PolicyVersion> byNumber = new ArrayList<>(versions);
        byNumber.sort(Comparator.comparingInt(PolicyVersion::number));
        for (PolicyVersion v : byNumber) {
            if (v.code() != code) {
                throw new IllegalArgumentException("version of " + v.code() + " in the timeline of " + code);
            }
            if (v.supersedes() != null) {
                int target = v.supersedes() - 1;
                byNumber.set(target, byNumber.get(target).replacedFrom(v.effectiveFrom()));
            }
        }
        List<PolicyVersion> sorted = new ArrayList<>(byNumber);
        sorted.sort(Comparator.comparing(PolicyVersion::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            PolicyVersion before = sorted.get(i - 1);
            if (before.endInForce() == null || !before.endInForce().isBefore(sorted.get(i).effectiveFrom())) {
                throw new OverlappingVersionException(before, sorted.get(i));
            }
        }
        this.versions = List.copyOf(sorted);
    }

    public PolicyCode code() {
        return code;
    }

    public List<PolicyVersion> versions() {
        return versions;
    }

    /**
     * The timeline with {@code version} (numbered after the others) added. When it begins inside the version in force
     * on its first day and covers the rest of that one's period, it supersedes that one's tail; any other overlap is
     * refused.
     */
    public Timeline with(PolicyVersion version) {
        PolicyVersion added = version;
        Optional<PolicyVersion> current = inForceOn(version.effectiveFrom());
        if (current.isPresent() && current.get().effectiveFrom().isBefore(version.effectiveFrom())
                && coversTheRest(version, current.get())) {
            added = version.superseding(current.get().number());
        }
        List<PolicyVersion> all = new ArrayList<>(versions);
        all.add(added);
        return new Timeline(code, all);
    }

    private static boolean coversTheRest(PolicyVersion newer, PolicyVersion older) {
        if (newer.effectiveTo() == null) {
            return true;
        }
        return older.endInForce() != null && !newer.effectiveTo().isBefore(older.endInForce());
    }

    public Optional<PolicyVersion> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> v.inForceOn(day)).findFirst();
    }

    /** The parts of the period {@code from}–{@code to} (inclusive; {@code to} null: open) each version covers. */
    public List<Segment> segments(LocalDate from, LocalDate to) {
        List<Segment> segments = new ArrayList<>();
        for (PolicyVersion v : versions) {
            LocalDate start = later(from, v.effectiveFrom());
            LocalDate end = earlier(to, v.endInForce());
            if (end == null || !end.isBefore(start)) {
                segments.add(new Segment(v, start, end));
            }
        }
        return segments;
    }

    /** Whether every version ended before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return !versions.isEmpty() && versions.stream().allMatch(v -> v.endInForce() != null && v.endInForce().isBefore(day));
    }

    /** Whether the first version begins after {@code day}. */
    public boolean beginsAfter(LocalDate day) {
        return !versions.isEmpty() && versions.get(0).effectiveFrom().isAfter(day);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** A part of a period under one version; {@code to} null: open. */
    public record Segment(PolicyVersion version, LocalDate from, LocalDate to) {
    }

    /** A new version would overlap one already published. */
    public static final class OverlappingVersionException extends RuntimeException {
        public OverlappingVersionException(PolicyVersion a, PolicyVersion b) {
            super("version " + b.number() + " (from " + b.effectiveFrom() + ") overlaps version " + a.number()
                    + " (" + a.effectiveFrom() + " to " + (a.endInForce() == null ? "open" : a.endInForce()) + ")"
                    + "; a new version may only reach back into the version in force on its first day, and then must "
                    + "cover the rest of that version's period");
        }
    }
}
