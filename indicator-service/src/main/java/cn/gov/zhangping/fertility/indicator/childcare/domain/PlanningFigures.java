package cn.gov.zhangping.fertility.indicator.childcare.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * Indicators 9, 10, 11 and 16 of Annex 1 from the registry's planning events (pure), each cell per township and for
 * the city ({@link Townships#CITY_CODE}):
 * <ul>
 * <li>9 and 10: NEW (9) or BUILT (10) residential zones whose inclusive slots in operating nurseries reach the
 * standard per 1,000 residents ÷ such zones (a zone of 0 residents needs none and complies);</li>
 * <li>11: persons trained (a count, no denominator);</li>
 * <li>16: public places that must have a mother-and-baby room and have one ÷ places that must have one.</li>
 * </ul>
 */
public final class PlanningFigures {

    public static final int NEW_ZONES = 9;
    public static final int BUILT_ZONES = 10;
    public static final int TRAINED = 11;
    public static final int ROOMS = 16;

    private static final String CITY = Townships.CITY_CODE;

    private PlanningFigures() {
    }

    /** The inclusive slots of operating nurseries per zone. */
    public static Map<UUID, Long> inclusiveSlotsByZone(List<InstitutionState> institutions) {
        Map<UUID, Long> slots = new HashMap<>();
        for (InstitutionState i : institutions) {
            if (i.operating() && i.zoneId() != null) {
                slots.merge(i.zoneId(), (long) i.inclusiveSlots(), Long::sum);
            }
        }
        return slots;
    }

    /** Whether {@code inclusiveSlots} reach {@code perThousand} slots per 1,000 of {@code residents}. */
    public static boolean meetsStandard(long inclusiveSlots, int residents, BigDecimal perThousand) {
        return BigDecimal.valueOf(inclusiveSlots).multiply(BigDecimal.valueOf(1000))
                .compareTo(perThousand.multiply(BigDecimal.valueOf(residents))) >= 0;
    }

    /** Cells of 9 (kind NEW, {@code newStandard}) and 10 (kind BUILT, {@code builtStandard}); empty when no zone. */
    public static Map<Integer, Map<String, Cell>> zones(List<ZoneState> zones, Map<UUID, Long> slotsByZone,
                                                        BigDecimal newStandard, BigDecimal builtStandard) {
        Map<String, long[]> newZones = new HashMap<>();
        Map<String, long[]> builtZones = new HashMap<>();
        for (ZoneState z : zones) {
            boolean isNew = "NEW".equals(z.kind());
            boolean meets = meetsStandard(slotsByZone.getOrDefault(z.zoneId(), 0L), z.residents(), isNew ? newStandard : builtStandard);
            Map<String, long[]> target = isNew ? newZones : builtZones;
            for (String area : List.of(z.townshipCode(), CITY)) {
                long[] c = target.computeIfAbsent(area, k -> new long[2]);
                c[0] += meets ? 1 : 0;
                c[1]++;
            }
        }
        return Map.of(NEW_ZONES, proportions(newZones), BUILT_ZONES, proportions(builtZones));
    }

    /** Cells of 11: persons trained per township and in all. */
    public static Map<String, Cell> trained(Map<String, Long> byTownship) {
        Map<String, Cell> cells = new HashMap<>();
        long all = 0;
        for (Map.Entry<String, Long> e : byTownship.entrySet()) {
            cells.put(e.getKey(), new Cell(e.getValue(), null, Cell.COMPUTED));
            all += e.getValue();
        }
        cells.put(CITY, new Cell(all, null, Cell.COMPUTED));
        return cells;
    }

    /** Cells of 16; empty when no place must have a room. */
    public static Map<String, Cell> rooms(List<PlaceState> places) {
        Map<String, long[]> counts = new HashMap<>();
        for (PlaceState p : places) {
            if (!p.roomRequired()) {
                continue;
            }
            for (String area : List.of(p.townshipCode(), CITY)) {
                long[] c = counts.computeIfAbsent(area, k -> new long[2]);
                c[0] += p.roomPresent() ? 1 : 0;
                c[1]++;
            }
        }
        return proportions(counts);
    }

    private static Map<String, Cell> proportions(Map<String, long[]> counts) {
        Map<String, Cell> cells = new HashMap<>();
        counts.forEach((area, c) -> cells.put(area, new Cell(c[0], c[1], Cell.COMPUTED)));
        return cells;
    }
}
