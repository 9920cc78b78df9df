package cn.gov.zhangping.fertility.leakscan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The build's leak scan, run after every other module (and the system-tests' ITs): reads what the whole test run
 * produced in every module's {@code target/} and fails on any ID number (check digit valid) or any personal name or
 * phone number of the test data ({@link TestPersonalData}), listing file, line and the value masked. It reads:
 * <ul>
 *   <li>the test applications' logs, {@code target/quarkus-test.log*};</li>
 *   <li>every event and dead letter: the test brokers' log segments, {@code target/testkit-*}/kafka/…/*.log;</li>
 *   <li>every problem body the tests received and the metrics after each test class, {@code target/leak-scan/};</li>
 *   <li>the system tests' suites: their service, infrastructure and build logs and broker data,
 *       {@code system-tests/target/<suite>/…/*.log}.</li>
 * </ul>
 */
class LeakScanTest {

    private static final Path ROOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private static final int LISTED = 100;
    /** Folders of a target/ that hold build output, not what the tests produced. */
    private static final Set<String> NOT_EVIDENCE = Set.of("classes", "test-classes", "generated-sources",
            "generated-test-sources", "quarkus-app", "node_modules", "asyncapi-validator", "maven-status",
            "maven-archiver", "surefire-reports", "failsafe-reports", "quarkus", "lib");

    record Hit(String file, long line, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what;
        }
    }

    @Test
    void nothingTheTestsProducedHoldsPersonalData() throws IOException {
        TestPersonalData data = TestPersonalData.collect(ROOT);
        Pattern names = alternation(data.names);
        Pattern phones = alternation(data.phones);
        List<Path> files = evidence();
        List<Hit> hits = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            scan(file, names, phones, hits);
        }
        System.out.printf("leak scan: %d files, %d MB from %s; %d test names and %d phone numbers looked for; %d hits%n",
                files.size(), bytes / (1024 * 1024), kinds(files), data.names.size(), data.phones.size(), hits.size());
        if (!hits.isEmpty()) {
            fail(hits.size() + " pieces of personal data in what the tests produced (values masked):\n  "
                    + hits.stream().limit(LISTED).map(Hit::toString).collect(Collectors.joining("\n  "))
                    + (hits.size() > LISTED ? "\n  … and " + (hits.size() - LISTED) + " more" : "")
                    + "\nFix the code that wrote them (never exclude the file).");
        }
    }

    @Test
    void theTestDataIsFoundInTheSources() {
        TestPersonalData data = TestPersonalData.collect(ROOT);
        assertTrue(data.names.contains("陈安宁"), "childName of the birth tests: " + data.names);
        assertTrue(data.phones.contains("13905970000"), "the village contact's phone: " + data.phones);
    }

    @Test
    void idNumbersCountOnlyWithTheirCheckDigit() {
        assertEquals(List.of("11010519491231002X"), IdNumbers.in("mother 11010519491231002X registered"));
        assertEquals(List.of(), IdNumbers.in("mother 110105194912310021 registered"));
        assertEquals(List.of(), IdNumbers.in("offset 1110105194912310021 is longer"));
        assertFalse(IdNumbers.valid("110105194912310020"));
        assertEquals("1101**********002X", IdNumbers.masked("11010519491231002X"));
    }

    private static Pattern alternation(Collection<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return Pattern.compile(values.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    private static void scan(Path file, Pattern names, Pattern phones, List<Hit> hits) {
        String name = ROOT.relativize(file).toString();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                for (String id : IdNumbers.in(line)) {
                    hits.add(new Hit(name, number, "ID number " + IdNumbers.masked(id)));
                }
                find(names, line, m -> "test name " + TestPersonalData.maskedName(m), name, number, hits);
                find(phones, line, m -> "test phone number " + TestPersonalData.maskedPhone(m), name, number, hits);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void find(Pattern p, String line, Function<String, String> what, String file, long number,
                             List<Hit> hits) {
        if (p == null) {
            return;
        }
        Matcher m = p.matcher(line);
        while (m.find()) {
            hits.add(new Hit(file, number, what.apply(m.group())));
        }
    }

    /** Every file of every module's target/ that holds what the tests produced (see the class comment). */
    static List<Path> evidence() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.walk(ROOT, 3)) {
            for (Path target : modules.filter(p -> p.getFileName() != null && p.getFileName().toString().equals("target")
                    && Files.isDirectory(p) && !p.startsWith(ROOT.resolve("leak-scan"))
                    && !p.toString().contains("node_modules") && !p.toString().contains("/src/")).toList()) {
                collect(target, found);
            }
        }
        return found;
    }

    private static void collect(Path target, List<Path> found) throws IOException {
        try (Stream<Path> entries = Files.list(target)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    if (!NOT_EVIDENCE.contains(name)) {
                        collect(p, found);
                    }
                } else if (name.endsWith(".log") || name.matches(".*\\.log\\.[0-9]+") || name.startsWith("quarkus-test.log")
                        || p.toString().contains("/leak-scan/")) {
                    found.add(p);
                }
            }
        }
    }

    private static String kinds(List<Path> files) {
        TreeMap<String, Long> byKind = new TreeMap<>();
        for (Path f : files) {
            String s = f.toString();
            String kind = s.contains("/testkit-") ? "test brokers' logs" : s.contains("/leak-scan/metrics/") ? "metrics"
                    : s.endsWith("problems.txt") ? "problem bodies" : s.contains("quarkus-test.log") ? "test logs"
                    : "system-test and other logs";
            byKind.merge(kind, 1L, Long::sum);
        }
        return byKind.toString();
    }
}
