package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one policy in date order. Publishing a version that overlaps another is refused: each day has at
 * most one version in force, so the same facts always give the same answer.
 */
public final class Timeline {

    private final PolicyCode code;
    private final List<PolicyVersion> versions;

    public Timeline(PolicyCode code, List<PolicyVersion> versions) {
        this.code = code;
        List<PolicyVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(PolicyVersion::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            PolicyVersion before = sorted.get(i - 1);
            if (before.effectiveTo() == null || !before.effectiveTo().isBefore(sorted.get(i).effectiveFrom())) {
                throw new OverlappingVersionException(before, sorted.get(i));
            }
        }
        for (PolicyVersion v : sorted) {
            if (v.code() != code) {
                throw new IllegalArgumentException("version of " + v.code() + " in the timeline of " + code);
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

    /** The timeline with {@code version} added; refused when it overlaps a version already there. */
    public Timeline with(PolicyVersion version) {
        List<PolicyVersion> all = new ArrayList<>(versions);
        all.add(version);
        return new Timeline(code, all);
    }

    public Optional<PolicyVersion> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> v.inForceOn(day)).findFirst();
    }

    /** The parts of the period {@code from}–{@code to} (inclusive; {@code to} null: open) each version covers. */
    public List<Segment> segments(LocalDate from, LocalDate to) {
        List<Segment> segments = new ArrayList<>();
        for (PolicyVersion v : versions) {
            LocalDate start = later(from, v.effectiveFrom());
            LocalDate end = earlier(to, v.effectiveTo());
            if (end == null || !end.isBefore(start)) {
                segments.add(new Segment(v, start, end));
            }
        }
        return segments;
    }

    /** Whether every version ended before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return !versions.isEmpty() && versions.stream().allMatch(v -> v.effectiveTo() != null && v.effectiveTo().isBefore(day));
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
                    + " (" + a.effectiveFrom() + " to " + (a.effectiveTo() == null ? "open" : a.effectiveTo()) + ")");
        }
    }
}
