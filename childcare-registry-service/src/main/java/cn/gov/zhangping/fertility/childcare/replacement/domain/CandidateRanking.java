package cn.gov.zhangping.fertility.childcare.replacement.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Ranks the nurseries a child of a closed nursery could move to (plan task 10: 就近、普惠优先): inclusive nurseries
 * first, then the nearest. "Nearest" is the great-circle distance between the centres of the child's community and
 * the nursery's community when the register knows both centres; a nursery in the child's own community is at
 * distance 0; a nursery whose distance is not known (no coordinates on either side) comes after those whose
 * distance is known, so without any coordinates the order is: same community first, then the rest of the township.
 * Ties go by name, then id, so the order is stable.
 */
public final class CandidateRanking {

    /** Mean Earth radius, km (IUGG). */
    static final double EARTH_RADIUS_KM = 6371.0088;

    /** A place: a community code with its centre, latitude and longitude in degrees, both null when not known. */
    public record Place(String communityCode, BigDecimal latitude, BigDecimal longitude) {
        boolean located() {
            return latitude != null && longitude != null;
        }
    }

    /** A nursery with free slots, where it is, and whether it is inclusive. */
    public record Nursery(UUID id, String name, boolean inclusive, Place place, long freeSlots) {
    }

    /** A ranked nursery: its distance in km (null when not known) and whether it is in the child's community. */
    public record Candidate(Nursery nursery, Double distanceKm, boolean sameCommunity) {
    }

    private CandidateRanking() {
    }

    public static List<Candidate> rank(Place origin, List<Nursery> nurseries) {
        return nurseries.stream().filter(n -> n.freeSlots() > 0)
                .map(n -> candidate(origin, n))
                .sorted(Comparator.comparing((Candidate c) -> !c.nursery().inclusive())
                        .thenComparing(c -> c.distanceKm() == null)
                        .thenComparing(c -> c.distanceKm() == null ? 0.0 : c.distanceKm())
                        .thenComparing(c -> c.nursery().name())
                        .thenComparing(c -> c.nursery().id()))
                .toList();
    }

    private static Candidate candidate(Place origin, Nursery n) {
        boolean same = origin.communityCode().equals(n.place().communityCode());
        Double distance = same ? Double.valueOf(0.0)
                : origin.located() && n.place().located() ? Double.valueOf(distanceKm(origin, n.place())) : null;
        return new Candidate(n, distance, same);
    }

    /** Great-circle (haversine) distance between two located places, km, rounded to 0.01 km. */
    public static double distanceKm(Place a, Place b) {
        double lat1 = Math.toRadians(a.latitude().doubleValue());
        double lat2 = Math.toRadians(b.latitude().doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude().doubleValue() - a.longitude().doubleValue());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
        return Math.round(km * 100) / 100.0;
    }
}
