package cn.gov.zhangping.fertility.local.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.gov.zhangping.fertility.local.generator.Birth;
import cn.gov.zhangping.fertility.local.generator.Community;
import cn.gov.zhangping.fertility.local.generator.DemoData;
import cn.gov.zhangping.fertility.local.generator.Household;
import cn.gov.zhangping.fertility.local.generator.Nursery;
import cn.gov.zhangping.fertility.local.generator.TownshipWeights;

/**
 * {@code deploy/local/suite demo}: loads a few years of generated data through the public APIs of the running suite —
 * resident populations (indicator-service), communities and nurseries (childcare-registry-service), births
 * (family-support-service, idempotent per seed and index, so a second run changes nothing) and enrolments of some
 * children aged one to three, and family-planning households with a confirmed yearly review of last year (which
 * benefit-service pays and indicator-service counts). Prints progress lines and a summary of the answers.
 *
 * <p>Arguments: {@code KEYS_DIR FAMILY_URL CHILDCARE_URL INDICATOR_URL YEARS SEED THREADS}.
 */
public final class DemoLoad {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Births per 1,000 residents a year: the crude birth rate the demo generates (plan Annex 1 row 1 expects 7‰). */
    static final double BIRTH_RATE = 7.5;
    static final String AMOUNT_SOURCE = "suite demo: illustrative amounts, not a published standard";
    /** A line of a review: its id, household, member and scheme, in the order the service writes them. */
    private static final Pattern RECIPIENT = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\",\"householdId\":\"([0-9a-f-]{36})\","
            + "\"memberId\":\"([0-9a-f-]{36})\",\"scheme\":\"([A-Z_]+)\"");
    static final String POPULATION_SOURCE = "suite demo: illustrative estimates, not official figures";

    private final SuiteClient client;
    private final String family;
    private final String childcare;
    private final String indicator;
    private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();

    DemoLoad(SuiteClient client, String family, String childcare, String indicator) {
        this.client = client;
        this.family = family;
        this.childcare = childcare;
        this.indicator = indicator;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: DemoLoad KEYS_DIR FAMILY_URL CHILDCARE_URL INDICATOR_URL YEARS SEED THREADS");
            System.exit(2);
        }
        int years = Integer.parseInt(args[4]);
        long seed = Long.parseLong(args[5]);
        int threads = Integer.parseInt(args[6]);
        long started = System.nanoTime();
        new DemoLoad(new SuiteClient(Path.of(args[0])), args[1], args[2], args[3]).run(years, seed, threads);
        System.out.printf("demo data loaded in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    void run(int years, long seed, int threads) throws Exception {
        DemoData data = new DemoData(seed);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate from = today.minusYears(years).plusDays(1);
        List<Integer> spanYears = new ArrayList<>();
        for (int y = from.getYear(); y <= today.getYear(); y++) {
            spanYears.add(y);
        }
        List<Birth> births = data.births(data.birthsPerYear(BIRTH_RATE) * years, from, today);
        System.out.printf("demo: seed %d, %d births from %s to %s, %d communities, %d nurseries%n", seed, births.size(),
                from, today, data.communities().size(), data.nurseries().size());

        String admin = client.bearer("administrator");
        String registrar = client.bearer("registrar");
        System.out.println("[1/6] resident populations of " + spanYears + " (indicator-service)");
        for (int year : spanYears) {
            tally("population", client.send(client.post(indicator + "/api/v1/populations", admin, null,
                    populationJson(data.townships(), year))));
        }
        System.out.println("[2/6] communities (childcare-registry-service)");
        Progress p = new Progress("communities", data.communities().size());
        for (Community c : data.communities()) {
            tally("community", client.send(client.post(childcare + "/api/v1/communities", admin, null, c.toJson(spanYears))));
            p.step();
        }
        System.out.println("[3/6] nurseries, filed and operating (childcare-registry-service)");
        Map<String, List<String[]>> nurseriesByTownship = new HashMap<>();
        Map<String, String> registered = registeredNurseries(registrar);
        p = new Progress("nurseries", data.nurseries().size());
        for (Nursery n : data.nurseries()) {
            if (registered.containsKey(n.creditCode())) {
                // loaded by an earlier run: already operating
                tally("nursery already there", new SuiteClient.Answer(200, ""));
                nurseriesByTownship.computeIfAbsent(n.townshipCode(), k -> new ArrayList<>())
                        .add(new String[] {registered.get(n.creditCode()), String.valueOf(n.totalSlots())});
                p.step();
                continue;
            }
            SuiteClient.Answer a = client.send(client.post(childcare + "/api/v1/childcare-institutions", registrar, null, n.toJson()));
            tally("nursery", a);
            if (a.ok()) {
                for (String status : List.of("FILED", "OPERATING")) {
                    tally("nursery " + status, client.send(client.post(childcare + "/api/v1/childcare-institutions/"
                            + a.id() + "/status-changes", registrar, null, "{\"status\":\"" + status + "\",\"reason\":\"demo\"}")));
                }
                nurseriesByTownship.computeIfAbsent(n.townshipCode(), k -> new ArrayList<>())
                        .add(new String[] {a.id(), String.valueOf(n.totalSlots())});
            }
            p.step();
        }

        System.out.printf("[4/6] %d births (family-support-service), %d at a time%n", births.size(), threads);
        Map<Integer, String> ids = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Progress bp = new Progress("births", births.size());
        List<Future<?>> futures = new ArrayList<>();
        for (Birth b : births) {
            futures.add(pool.submit(() -> {
                SuiteClient.Answer a = client.send(client.post(family + "/api/v1/birth-registrations", registrar,
                        "demo-" + seed + "-" + b.index(), b.toJson()));
                tally("birth", a);
                if (a.ok()) {
                    ids.put(b.index(), a.id());
                }
                bp.step();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        System.out.println("[5/6] enrolments of children aged one to three (childcare-registry-service)");
        enrol(births, ids, nurseriesByTownship, today, registrar);
        List<Household> households = data.households(today);
        System.out.printf("[6/6] %d family-planning households and the yearly review of %d (family-support-service)%n",
                households.size(), today.getYear() - 1);
        households(households, today.getYear() - 1, registrar);
        System.out.println("answers: " + outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    /** About one child in five aged one to three, into a nursery of its township while it has slots. */
    private void enrol(List<Birth> births, Map<Integer, String> ids, Map<String, List<String[]>> nurseries,
            LocalDate today, String registrar) throws Exception {
        Map<String, AtomicInteger> used = new HashMap<>();
        List<String[]> planned = new ArrayList<>();
        for (Birth b : births) {
            if (b.birthDate().isAfter(today.minusYears(1)) || !b.birthDate().isAfter(today.minusYears(3).plusDays(30))
                    || b.index() % 5 != 0 || ids.get(b.index()) == null) {
                continue;
            }
            for (String[] n : nurseries.getOrDefault(b.townshipCode(), List.of())) {
                if (used.computeIfAbsent(n[0], k -> new AtomicInteger()).get() < Integer.parseInt(n[1]) / 2) {
                    used.get(n[0]).incrementAndGet();
                    planned.add(new String[] {n[0], ids.get(b.index())});
                    break;
                }
            }
        }
        Progress p = new Progress("enrolments", planned.size());
        for (String[] e : planned) {
            String body = "{\"institutionId\":\"" + e[0] + "\",\"childRegistrationId\":\"" + e[1] + "\"}";
            SuiteClient.Answer a = client.send(client.post(childcare + "/api/v1/enrolments", registrar, null, body));
            // the child reaches the registry through the birth event: a few retries while it has not yet
            for (int tries = 0; !a.ok() && a.status() != 409 && a.status() / 100 == 4 && tries < 5; tries++) {
                Thread.sleep(1000);
                a = client.send(client.post(childcare + "/api/v1/enrolments", registrar, null, body));
            }
            tally("enrolment", a);
            p.step();
        }
    }

    /**
     * Enrols the households (once: skipped when the registry has households already), enters each scheme's yearly
     * amount for {@code year} (illustrative, with that said as its source), runs the year's review, verifies every
     * recipient (about one in twenty found inaccurate), records the special families' insurance enrolments and
     * confirms the review. A review that exists already (409) ends the step: it was loaded by an earlier run.
     */
    private void households(List<Household> households, int year, String registrar) throws Exception {
        SuiteClient.Answer existing = client.send(client.get(family + "/api/v1/households?size=1", registrar));
        if (existing.ok() && !existing.body().contains("\"totalItems\":0")) {
            tally("households already there", existing);
        } else {
            Progress p = new Progress("households", households.size());
            for (Household h : households) {
                tally("household", client.send(client.post(family + "/api/v1/households", registrar, null, h.toJson())));
                p.step();
            }
        }
        String admin = client.bearer("administrator");
        for (String[] amount : new String[][] {{"REWARD_ASSISTANCE", "960.00"}, {"SPECIAL_ASSISTANCE", "1620.00"}}) {
            tally("assistance amount", client.send(client.put(family + "/api/v1/assistance-amounts/" + amount[0] + "/"
                    + year, admin, "{\"yearlyAmountYuan\":" + amount[1] + ",\"source\":\"" + AMOUNT_SOURCE + "\"}")));
        }
        SuiteClient.Answer review = client.send(client.post(family + "/api/v1/household-reviews", registrar, null,
                "{\"year\":" + year + "}"));
        tally("household review", review);
        if (!review.ok()) {
            return;
        }
        String medical = client.bearer("medical-security");
        Matcher m = RECIPIENT.matcher(review.body());
        int n = 0;
        while (m.find()) {
            String verification = n++ % 20 == 7 ? "{\"outcome\":\"INACCURATE\",\"reason\":\"MOVED\"}" : "{\"outcome\":\"ACCURATE\"}";
            tally("recipient verified", client.send(client.put(family + "/api/v1/household-reviews/" + review.id()
                    + "/recipients/" + m.group(1) + "/verification", registrar, verification)));
            if (m.group(4).equals("SPECIAL_ASSISTANCE")) {
                tally("insurance enrolment", client.send(client.put(family + "/api/v1/households/" + m.group(2)
                        + "/members/" + m.group(3) + "/insurance-enrolments/" + year, medical,
                        "{\"enrolledOn\":\"" + (year - 1) + "-12-10\"}")));
            }
        }
        tally("household review confirmed", client.send(client.post(family + "/api/v1/household-reviews/" + review.id()
                + "/confirmation", client.bearer("reviewer"))));
    }

    /** Credit code to id of the nurseries the registry has (from an earlier run of the demo). */
    private Map<String, String> registeredNurseries(String bearer) throws Exception {
        SuiteClient.Answer a = client.send(client.get(childcare + "/api/v1/childcare-institutions", bearer));
        Map<String, String> byCreditCode = new HashMap<>();
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"name\":\"[^\"]*\",\"creditCode\":\"([0-9A-Z]{18})\"")
                .matcher(a.ok() ? a.body() : "");
        while (m.find()) {
            byCreditCode.put(m.group(2), m.group(1));
        }
        return byCreditCode;
    }

    private void tally(String what, SuiteClient.Answer a) {
        outcomes.merge(what + " " + (a.ok() ? String.valueOf(a.status()) : a.summary()), 1, Integer::sum);
    }

    static String populationJson(TownshipWeights townships, int year) {
        return "{\"year\":" + year + ",\"source\":\"" + POPULATION_SOURCE + "\",\"townships\":"
                + townships.all().stream().map(t -> "{\"townshipCode\":\"" + t.code() + "\",\"population\":" + t.population() + "}")
                        .collect(Collectors.joining(",", "[", "]")) + "}";
    }
}
