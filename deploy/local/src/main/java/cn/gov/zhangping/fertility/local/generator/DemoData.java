package cn.gov.zhangping.fertility.local.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic, reproducible demo data for Zhangping: births across the 16 townships weighted by population, about 1.1
 * boys per girl, birth orders about 45/40/15 % (first/second/third), mothers' ages by birth order, fathers for most
 * births, and the communities and nurseries they live near. The same seed gives the same data.
 *
 * <p>Families stay consistent: a second or third birth goes, where one fits, to a mother of an earlier birth of the
 * same data set with exactly one (two) children, her last born at least 18 months before; otherwise to a new mother
 * who declares her earlier children (born 2–5 years apart) as children the suite has not seen.
 */
public final class DemoData {

    /** Shares of first, second and third births. */
    public static final double[] ORDER_SHARES = {0.45, 0.40, 0.15};
    /** Boys per girl at birth. */
    public static final double SEX_RATIO = 1.1;
    /** Mother's mean age at a first, second and third birth; standard deviation; bounds. */
    static final double[] MOTHER_MEAN_AGE = {27.5, 31.0, 33.5};
    static final double MOTHER_AGE_SD = 4.0;
    static final int MOTHER_MIN_AGE = 20;
    static final int MOTHER_MAX_AGE = 45;
    /** Family-planning households per resident (one in 2,000) and the shares of their bases. */
    static final int RESIDENTS_PER_HOUSEHOLD = 2000;
    static final String[] BASES = {"ONLY_CHILD", "RURAL_TWO_DAUGHTERS", "CHILD_DECEASED", "CHILD_DISABLED"};
    static final double[] BASIS_SHARES = {0.60, 0.25, 0.10, 0.05};
    static final String[] HOSPITALS = {"漳平市医院", "漳平市中医院", "漳平市妇幼保健院", "龙岩市第一医院", "龙岩人民医院"};

    private final long seed;
    private final Random random;
    private final TownshipWeights townships;
    private final Set<String> idNumbers = new HashSet<>();
    private final Map<String, List<Community>> communities = new LinkedHashMap<>();

    /** A mother of the data set: her ID, surname, township, community and children's dates (oldest first). */
    private record Mother(String id, String fatherId, String surname, String township, String community, boolean rural,
            boolean insured, List<LocalDate> children) {
    }

    public DemoData(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.townships = TownshipWeights.load();
        for (TownshipWeights.Township t : townships.all()) {
            communities.put(t.code(), communitiesOf(t));
        }
    }

    public TownshipWeights townships() {
        return townships;
    }

    public List<Community> communities() {
        return communities.values().stream().flatMap(List::stream).toList();
    }

    /** Births per year for a crude birth rate (per 1,000 residents). */
    public int birthsPerYear(double perThousand) {
        return (int) Math.round(townships.totalPopulation() * perThousand / 1000);
    }

    /** {@code count} births with dates in [{@code from}, {@code to}], in date order. */
    public List<Birth> births(int count, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(from.plusDays(random.nextLong(days)));
        }
        Collections.sort(dates);
        // mothers by their number of children so far (1 and 2 can have another child here), earliest last birth first
        List<Deque<Mother>> byChildren = List.of(new ArrayDeque<>(), new ArrayDeque<>(), new ArrayDeque<>());
        List<Birth> births = new ArrayList<>();
        for (LocalDate born : dates) {
            int order = drawOrder();
            Mother mother = order > 1 ? earlierMother(byChildren, order - 1, born) : null;
            List<LocalDate> declared = List.of();
            if (mother == null) {
                mother = newMother(born, order);
                declared = List.copyOf(mother.children());
            }
            boolean male = random.nextDouble() < SEX_RATIO / (1 + SEX_RATIO);
            births.add(new Birth(births.size(), mother.id(), mother.fatherId(), Names.child(mother.surname(), male, random),
                    male, born, order, mother.township(), mother.community(),
                    HOSPITALS[random.nextInt(10) < 7 ? random.nextInt(3) : 3 + random.nextInt(2)], mother.rural(),
                    declared, mother.insured()));
            mother.children().add(born);
            if (order < 3) {
                byChildren.get(order).addLast(mother);
            }
        }
        return births;
    }

    /** Nurseries: one per 8,000 residents of a township (at least one), in its larger communities. */
    public List<Nursery> nurseries() {
        List<Nursery> nurseries = new ArrayList<>();
        for (TownshipWeights.Township t : townships.all()) {
            List<Community> list = communities.get(t.code());
            long n = Math.max(1, t.population() / 8000);
            for (int i = 0; i < n; i++) {
                Community c = list.get(i % list.size());
                boolean inclusive = i % 3 != 2;
                int slots = 30 + 10 * random.nextInt(6);
                String first17 = "52350881MJ" + String.format("%07d", nurseries.size() * 7919 % 10_000_000);
                nurseries.add(new Nursery(c.name() + "托育园" + (i + 1), first17 + Nursery.creditCheck(first17),
                        inclusive ? "PUBLIC_INCLUSIVE" : "PRIVATE_INCLUSIVE", true, t.code(), c.code(), slots,
                        inclusive ? slots : slots / 2, inclusive ? 900 + 100 * random.nextInt(4) : 1500));
            }
        }
        return nurseries;
    }

    /**
     * Family-planning households, one per {@value #RESIDENTS_PER_HOUSEHOLD} residents of a township: parents born
     * 1955–1975 (so that some have reached 60, the reward's age, and some not yet), an only child, two daughters
     * (rural hukou), or a special family whose only child died or is disabled (grade 1–3), with the documents seen.
     * Drawn from a generator of their own, so that the births of the same seed stay what they were.
     */
    public List<Household> households(LocalDate today) {
        Random r = new Random(seed ^ 0x486F757365L);
        List<Household> households = new ArrayList<>();
        for (TownshipWeights.Township t : townships.all()) {
            long n = Math.max(1, t.population() / RESIDENTS_PER_HOUSEHOLD);
            for (int i = 0; i < n; i++) {
                households.add(household(t, drawBasis(r), today, r));
            }
        }
        return households;
    }

    private String drawBasis(Random r) {
        double x = r.nextDouble();
        for (int i = 0; i < BASES.length - 1; i++) {
            x -= BASIS_SHARES[i];
            if (x < 0) {
                return BASES[i];
            }
        }
        return BASES[BASES.length - 1];
    }

    private Household household(TownshipWeights.Township t, String basis, LocalDate today, Random r) {
        boolean rural = basis.equals("RURAL_TWO_DAUGHTERS") || !t.urban() && r.nextInt(10) < 7;
        LocalDate motherBorn = LocalDate.of(1955 + r.nextInt(21), 1 + r.nextInt(12), 1 + r.nextInt(28));
        LocalDate fatherBorn = motherBorn.minusDays(r.nextInt(5 * 365));
        List<Household.Member> members = new ArrayList<>();
        members.add(new Household.Member("MOTHER", uniqueId(motherBorn, false, r), rural, null, null));
        if (r.nextInt(100) < 90) {
            members.add(new Household.Member("FATHER", uniqueId(fatherBorn, true, r), rural, null, null));
        }
        LocalDate childBorn = motherBorn.plusYears(22 + r.nextInt(10)).plusDays(r.nextInt(365));
        List<Household.Document> evidence = new ArrayList<>();
        evidence.add(new Household.Document("HOUSEHOLD_REGISTER", "户" + (100000 + r.nextInt(900000)),
                childBorn.plusYears(1)));
        LocalDate since;
        switch (basis) {
            case "RURAL_TWO_DAUGHTERS" -> {
                LocalDate second = childBorn.plusYears(3 + r.nextInt(4));
                members.add(new Household.Member("CHILD", uniqueId(childBorn, false, r), rural, null, null));
                members.add(new Household.Member("CHILD", uniqueId(second, false, r), rural, null, null));
                since = second.plusYears(1);
            }
            case "CHILD_DECEASED" -> {
                LocalDate died = latest(childBorn.plusYears(5 + r.nextInt(25)), today.minusYears(1));
                members.add(new Household.Member("CHILD", uniqueId(childBorn, r.nextBoolean(), r), rural, died, null));
                evidence.add(new Household.Document("DEATH_CERTIFICATE", "闽死字第" + (1000000 + r.nextInt(9000000)) + "号",
                        died.plusDays(7)));
                since = died;
            }
            case "CHILD_DISABLED" -> {
                members.add(new Household.Member("CHILD", uniqueId(childBorn, r.nextBoolean(), r), rural, null,
                        1 + r.nextInt(3)));
                since = latest(childBorn.plusYears(10 + r.nextInt(20)), today.minusYears(1));
                evidence.add(new Household.Document("DISABILITY_CERTIFICATE", "残证" + (10000000 + r.nextInt(90000000)),
                        since));
            }
            default -> {
                members.add(new Household.Member("CHILD", uniqueId(childBorn, r.nextBoolean(), r), rural, null, null));
                since = childBorn.plusYears(1);
            }
        }
        if (!basis.startsWith("CHILD_")) {
            evidence.add(new Household.Document("ONLY_CHILD_CERTIFICATE", "闽独字第" + (1000000 + r.nextInt(9000000)) + "号",
                    since));
        }
        return new Household(basis, t.code(), since, members, evidence);
    }

    private static LocalDate latest(LocalDate date, LocalDate bound) {
        return date.isAfter(bound) ? bound : date;
    }

    int drawOrder() {
        double x = random.nextDouble();
        return x < ORDER_SHARES[0] ? 1 : x < ORDER_SHARES[0] + ORDER_SHARES[1] ? 2 : 3;
    }

    /**
     * A mother of the data set with exactly {@code children} children, the last born at least 18 months before
     * {@code born}, still under the maximum age; taken from the front of her queue (the earliest last births), half
     * of the time, so that births also go to new mothers who declare their earlier children.
     */
    private Mother earlierMother(List<Deque<Mother>> byChildren, int children, LocalDate born) {
        Deque<Mother> queue = byChildren.get(children);
        while (!queue.isEmpty() && !IdNumbers.birthDate(queue.peekFirst().id()).plusYears(MOTHER_MAX_AGE).isAfter(born)) {
            queue.pollFirst();
        }
        Mother m = queue.peekFirst();
        if (m == null || m.children().get(children - 1).plusMonths(18).isAfter(born) || random.nextBoolean()) {
            return null;
        }
        return queue.pollFirst();
    }

    private Mother newMother(LocalDate born, int order) {
        List<LocalDate> earlier = new ArrayList<>();
        LocalDate next = born;
        for (int k = 1; k < order; k++) {
            next = next.minusDays(730 + random.nextInt(3 * 365));
            earlier.add(0, next);
        }
        // at least MOTHER_MIN_AGE at her first child
        double span = ChronoUnit.DAYS.between(next, born) / 365.25;
        double age = MOTHER_MEAN_AGE[order - 1] + random.nextGaussian() * MOTHER_AGE_SD;
        age = Math.max(MOTHER_MIN_AGE + span, Math.min(MOTHER_MAX_AGE, age));
        LocalDate motherBorn = born.minusDays(Math.round(age * 365.25));
        TownshipWeights.Township township = townships.draw(random);
        List<Community> list = communities.get(township.code());
        Community community = list.get(random.nextInt(list.size()));
        String motherId = uniqueId(motherBorn, false);
        String fatherId = random.nextInt(100) < 92
                ? uniqueId(motherBorn.minusDays(Math.round((2 + random.nextGaussian() * 2) * 365.25)), true) : null;
        return new Mother(motherId, fatherId, Names.surname(random), township.code(), community.code(),
                !community.urban(), random.nextInt(100) < 80, earlier);
    }

    private String uniqueId(LocalDate born, boolean male) {
        return uniqueId(born, male, random);
    }

    private String uniqueId(LocalDate born, boolean male, Random random) {
        String region = random.nextInt(100) < 80 ? IdNumbers.ZHANGPING
                : IdNumbers.LONGYAN.get(random.nextInt(IdNumbers.LONGYAN.size()));
        while (true) {
            String id = IdNumbers.of(region, born, male, random);
            if (idNumbers.add(id)) {
                return id;
            }
        }
    }

    /** Subdistricts: one 居委会 per 6,000 residents; towns: a 居委会 at the seat and one 村委会 per 1,500 residents. */
    private List<Community> communitiesOf(TownshipWeights.Township t) {
        List<Community> list = new ArrayList<>();
        String base = t.name().substring(0, 2);
        if (t.urban()) {
            long n = Math.max(1, t.population() / 6000);
            for (int i = 1; i <= n; i++) {
                list.add(new Community(t.code() + String.format("%03d", i), t.code(), base + "第" + i + "社区", true,
                        t.population() / n));
            }
        } else {
            long villages = Math.max(1, t.population() / 1500);
            long seat = t.population() / 5;
            list.add(new Community(t.code() + "001", t.code(), base + "社区", true, seat));
            for (int i = 1; i <= villages; i++) {
                list.add(new Community(t.code() + String.format("%03d", 199 + i), t.code(), base + "第" + i + "村", false,
                        (t.population() - seat) / villages));
            }
        }
        return list;
    }
}
