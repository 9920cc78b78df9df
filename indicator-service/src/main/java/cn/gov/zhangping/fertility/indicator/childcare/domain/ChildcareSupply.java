package cn.gov.zhangping.fertility.indicator.childcare.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * Indicators 12-15 of Annex 1 from the childcare registry as it stood at one moment (pure):
 * <ul>
 * <li>12 places per 1,000 residents: slots of operating nurseries ÷ resident population (× 1,000 by the catalogue);</li>
 * <li>13 inclusive share: inclusive slots ÷ slots of operating nurseries;</li>
 * <li>14 townships of {@code minResidents}+ residents offering inclusive childcare ÷ such townships (a township
 * whose population is not loaded is in neither);</li>
 * <li>15 urban communities with an operating nursery that has inclusive slots ÷ urban communities.</li>
 * </ul>
 * Each cell keeps numerator and denominator, per township and for the city ({@link Townships#CITY_CODE}). A cell
 * whose denominator cannot be known (no population loaded, no urban community) is absent, not zero.
 */
public final class ChildcareSupply {

    public static final int SLOTS_PER_1000 = 12;
    public static final int INCLUSIVE_SHARE = 13;
    public static final int TOWNSHIPS_OFFERING = 14;
    public static final int URBAN_COMMUNITIES_COVERED = 15;

    private static final String CITY = Townships.CITY_CODE;

    private ChildcareSupply() {
    }

    /** indicator (12-15) → township or city → cell. {@code population} maps township → residents of the year, or is null. */
    public static Map<Integer, Map<String, Cell>> cells(List<InstitutionState> institutions, List<CommunityState> communities,
                                                        Map<String, Long> population, long minResidents) {
        Map<String, long[]> slots = new HashMap<>();
        Set<String> offeringTownships = new HashSet<>();
        Set<String> offeringCommunities = new HashSet<>();
        for (InstitutionState i : institutions) {
            if (!i.operating()) {
                continue;
            }
            long[] s = slots.computeIfAbsent(i.townshipCode(), t -> new long[2]);
            s[0] += i.totalSlots();
            s[1] += i.inclusiveSlots();
            if (i.offersInclusive()) {
                offeringTownships.add(i.townshipCode());
                offeringCommunities.add(i.communityCode());
            }
        }
        Map<String, Cell> perThousand = new HashMap<>();
        Map<String, Cell> share = new HashMap<>();
        Map<String, Cell> townships = new HashMap<>();
        Map<String, Cell> urban = new HashMap<>();
        long citySlots = 0;
        long cityInclusive = 0;
        long cityPeople = 0;
        boolean allPopulations = population != null;
        long eligible = 0;
        long offering = 0;
        long urbanAll = 0;
        long urbanCovered = 0;
        Map<String, long[]> urbanByTownship = new HashMap<>();
        for (CommunityState c : communities) {
            if (c.urban()) {
                long[] u = urbanByTownship.computeIfAbsent(c.townshipCode(), t -> new long[2]);
                u[0] += offeringCommunities.contains(c.communityCode()) ? 1 : 0;
                u[1]++;
            }
        }
        for (Township t : Townships.all()) {
            long[] s = slots.getOrDefault(t.code(), new long[2]);
            Long people = population == null ? null : population.get(t.code());
            allPopulations &= people != null;
            citySlots += s[0];
            cityInclusive += s[1];
            cityPeople += people == null ? 0 : people;
            perThousand.put(t.code(), new Cell(s[0], people, Cell.COMPUTED));
            if (s[0] > 0) {
                share.put(t.code(), new Cell(s[1], s[0], Cell.COMPUTED));
            }
            if (people != null && people >= minResidents) {
                long offers = offeringTownships.contains(t.code()) ? 1 : 0;
                townships.put(t.code(), new Cell(offers, 1L, Cell.COMPUTED));
                eligible++;
                offering += offers;
            }
            long[] u = urbanByTownship.get(t.code());
            if (u != null) {
                urban.put(t.code(), new Cell(u[0], u[1], Cell.COMPUTED));
                urbanCovered += u[0];
                urbanAll += u[1];
            }
        }
        perThousand.put(CITY, new Cell(citySlots, allPopulations ? cityPeople : null, Cell.COMPUTED));
        if (citySlots > 0) {
            share.put(CITY, new Cell(cityInclusive, citySlots, Cell.COMPUTED));
        }
        if (allPopulations && eligible > 0) {
            townships.put(CITY, new Cell(offering, eligible, Cell.COMPUTED));
        }
        if (urbanAll > 0) {
            urban.put(CITY, new Cell(urbanCovered, urbanAll, Cell.COMPUTED));
        }
        return Map.of(SLOTS_PER_1000, perThousand, INCLUSIVE_SHARE, share, TOWNSHIPS_OFFERING, townships,
                URBAN_COMMUNITIES_COVERED, urban);
    }
}
