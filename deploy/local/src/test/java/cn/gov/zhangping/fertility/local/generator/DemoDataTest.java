package cn.gov.zhangping.fertility.local.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final int DRAWS = 10_000;
    private static final List<Birth> BIRTHS = new DemoData(42).births(DRAWS, FROM, TO);

    @Test
    void sexRatioIsAboutOnePointOne() {
        long boys = BIRTHS.stream().filter(Birth::male).count();
        double ratio = (double) boys / (DRAWS - boys);
        assertTrue(Math.abs(ratio - 1.1) < 0.06, "boys per girl " + ratio);
    }

    @Test
    void birthOrdersAreAbout45_40_15() {
        double[] expected = DemoData.ORDER_SHARES;
        for (int order = 1; order <= 3; order++) {
            int o = order;
            double share = BIRTHS.stream().filter(b -> b.birthOrder() == o).count() / (double) DRAWS;
            assertTrue(Math.abs(share - expected[order - 1]) < 0.02, "share of order " + order + ": " + share);
        }
    }

    @Test
    void townshipsAreWeightedByPopulation() {
        TownshipWeights weights = TownshipWeights.load();
        Map<String, Long> counts = new HashMap<>();
        BIRTHS.forEach(b -> counts.merge(b.townshipCode(), 1L, Long::sum));
        for (TownshipWeights.Township t : weights.all()) {
            double expected = (double) t.population() / weights.totalPopulation();
            double share = counts.getOrDefault(t.code(), 0L) / (double) DRAWS;
            // about three standard deviations of a binomial share over 10,000 draws
            double tolerance = 3 * Math.sqrt(expected * (1 - expected) / DRAWS) + 0.002;
            assertTrue(Math.abs(share - expected) < tolerance, t.name() + " " + share + " vs " + expected);
        }
    }

    @Test
    void townshipsAreThoseOfThePlatformReference() throws IOException {
        String reference = Files.readString(Path.of("../../platform/src/main/resources/reference/townships-350881.json"));
        Set<String> codes = new HashSet<>();
        Matcher m = Pattern.compile("\"code\": \"(\\d{9})\"").matcher(reference);
        while (m.find()) {
            codes.add(m.group(1));
        }
        Set<String> ours = new HashSet<>();
        TownshipWeights.load().all().forEach(t -> ours.add(t.code()));
        assertEquals(codes, ours);
        assertEquals(16, ours.size());
    }

    @Test
    void everyIdNumberIsValidAndFitsItsHolder() {
        for (Birth b : BIRTHS) {
            assertTrue(IdNumbers.isValid(b.motherIdNumber()) && IdNumbers.isLongyan(b.motherIdNumber()), b.motherIdNumber());
            assertTrue(!IdNumbers.isMale(b.motherIdNumber()));
            int age = Period.between(IdNumbers.birthDate(b.motherIdNumber()), b.birthDate()).getYears();
            assertTrue(age >= 20 && age <= 45, "mother's age " + age);
            if (b.fatherIdNumber() != null) {
                assertTrue(IdNumbers.isValid(b.fatherIdNumber()) && IdNumbers.isLongyan(b.fatherIdNumber()), b.fatherIdNumber());
                assertTrue(IdNumbers.isMale(b.fatherIdNumber()));
            }
        }
        long fathers = BIRTHS.stream().filter(b -> b.fatherIdNumber() != null).count();
        assertTrue(fathers > DRAWS * 0.85 && fathers < DRAWS * 0.98, "fathers " + fathers);
    }

    @Test
    void idNumberCheckCharacterAndDateAreChecked() {
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertTrue(IdNumbers.isValid("350881199003150024"));
        assertTrue(!IdNumbers.isValid("350881199003150025"));
        assertTrue(!IdNumbers.isValid("350881199002300021".substring(0, 17) + IdNumbers.checkCharacter("35088119900230002")));
    }

    @Test
    void familiesAreConsistent() {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        int reused = 0;
        for (Birth b : BIRTHS) {
            assertTrue(!b.birthDate().isBefore(FROM) && !b.birthDate().isAfter(TO));
            Integer before = seen.get(b.motherIdNumber());
            if (before == null) {
                assertEquals(b.birthOrder() - 1, b.earlierChildren().size());
                LocalDate previous = null;
                for (LocalDate d : b.earlierChildren()) {
                    assertTrue(previous == null || d.isAfter(previous.plusYears(1)));
                    previous = d;
                }
                assertTrue(previous == null || previous.isBefore(b.birthDate().minusYears(1)));
            } else {
                reused++;
                assertTrue(b.earlierChildren().isEmpty());
                assertEquals(before + 1, b.birthOrder());
                assertTrue(!last.get(b.motherIdNumber()).plusMonths(18).isAfter(b.birthDate()));
            }
            seen.put(b.motherIdNumber(), b.birthOrder());
            last.put(b.motherIdNumber(), b.birthDate());
            assertTrue(b.communityCode().matches("\\d{12}") && b.communityCode().startsWith(b.townshipCode()));
        }
        assertTrue(reused > 100, "mothers with more than one birth in the data set: " + reused);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        List<Birth> again = new DemoData(42).births(DRAWS, FROM, TO);
        assertEquals(BIRTHS, again);
        assertNotEquals(BIRTHS, new DemoData(43).births(DRAWS, FROM, TO));
        assertEquals(new DemoData(42).nurseries(), new DemoData(42).nurseries());
    }

    @Test
    void nurseriesHaveValidCreditCodesInKnownCommunities() {
        assertEquals('3', Nursery.creditCheck("91350100M000100Y4"));
        DemoData data = new DemoData(7);
        Set<String> communities = new HashSet<>();
        data.communities().forEach(c -> communities.add(c.code()));
        for (Nursery n : data.nurseries()) {
            assertEquals(n.creditCode().charAt(17), Nursery.creditCheck(n.creditCode().substring(0, 17)));
            assertTrue(communities.contains(n.communityCode()));
            assertTrue(n.inclusiveSlots() <= n.totalSlots());
        }
    }

    @Test
    void birthsPerYearFollowTheRate() {
        DemoData data = new DemoData(1);
        assertEquals(Math.round(data.townships().totalPopulation() * 7.5 / 1000), data.birthsPerYear(7.5));
    }

    @Test
    void householdsFitTheirBasisAndTheSharesOfBases() {
        List<Household> households = new java.util.ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            households.addAll(new DemoData(seed).households(TO));
        }
        Map<String, Integer> bases = new HashMap<>();
        int reachedSixty = 0;
        int parents = 0;
        for (Household h : households) {
            bases.merge(h.basis(), 1, Integer::sum);
            assertTrue(!h.since().isAfter(TO) && h.evidence().stream().noneMatch(d -> d.issuedOn().isAfter(TO)), h.toJson());
            List<Household.Member> children = h.members().stream().filter(m -> m.role().equals("CHILD")).toList();
            List<Household.Member> mothers = h.members().stream().filter(m -> m.role().equals("MOTHER")).toList();
            assertEquals(1, mothers.size());
            for (Household.Member m : h.members()) {
                assertTrue(IdNumbers.isValid(m.idNumber()), m.idNumber());
                if (!m.role().equals("CHILD")) {
                    assertEquals(m.role().equals("FATHER"), IdNumbers.isMale(m.idNumber()));
                    parents++;
                    reachedSixty += IdNumbers.birthDate(m.idNumber()).getYear() + 60 <= TO.getYear() - 1 ? 1 : 0;
                    assertTrue(m.diedOn() == null);
                }
            }
            switch (h.basis()) {
                case "ONLY_CHILD" -> assertTrue(children.size() == 1 && children.get(0).diedOn() == null);
                case "RURAL_TWO_DAUGHTERS" -> assertTrue(children.size() == 2 && h.members().stream().allMatch(Household.Member::rural)
                        && children.stream().noneMatch(c -> IdNumbers.isMale(c.idNumber())));
                case "CHILD_DECEASED" -> assertTrue(children.size() == 1 && children.get(0).diedOn() != null
                        && h.since().equals(children.get(0).diedOn()));
                case "CHILD_DISABLED" -> assertTrue(children.size() == 1 && children.get(0).disabilityGrade() >= 1
                        && children.get(0).disabilityGrade() <= 3);
                default -> throw new AssertionError(h.basis());
            }
        }
        int n = households.size();
        assertTrue(n > 1000, "households " + n);
        for (int i = 0; i < DemoData.BASES.length; i++) {
            double share = bases.getOrDefault(DemoData.BASES[i], 0) / (double) n;
            assertTrue(Math.abs(share - DemoData.BASIS_SHARES[i]) < 0.03, DemoData.BASES[i] + " " + share);
        }
        // some parents have reached the reward's age, some not yet
        assertTrue(reachedSixty > parents / 4 && reachedSixty < parents * 3 / 4, reachedSixty + " of " + parents);
        assertEquals(new DemoData(7).households(TO), new DemoData(7).households(TO));
    }
}
