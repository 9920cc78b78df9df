package cn.gov.zhangping.fertility.leakscan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The personal names and phone numbers the tests use, collected from the test sources of every module (Java, JSON
 * and YAML under {@code src/test}): a Chinese name of 2 to 4 characters given to a field named {@code …Name}
 * ({@code childName}, {@code motherName}…) or to {@code name} next to a phone number or contact, and every mobile
 * number (11 digits from 13 to 19) or value given to a {@code phone} field.
 */
final class TestPersonalData {

    private static final Pattern NAMED_FIELD = Pattern.compile(
            "[a-z][A-Za-z]*Name\\\\?\"\\s*[:,]\\s*\\\\?\"\\s*([\\x{4e00}-\\x{9fff}]{2,4})\\s*\\\\?\"");
    private static final Pattern CONTACT_NAME = Pattern.compile(
            "\"name\\\\?\"\\s*[:,]\\s*\\\\?\"([\\x{4e00}-\\x{9fff}]{2,4})\\\\?\"");
    private static final Pattern CONTACT_LINE = Pattern.compile("(?i)phone|contact|doctor");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern PHONE_FIELD = Pattern.compile("\"phone\\\\?\"\\s*[:,]\\s*\\\\?\"([0-9][0-9 -]{6,18}[0-9])\\\\?\"");

    final Set<String> names = new TreeSet<>();
    final Set<String> phones = new TreeSet<>();

    static TestPersonalData collect(Path root) {
        TestPersonalData data = new TestPersonalData();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(TestPersonalData::isTestSource).forEach(data::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    private static boolean isTestSource(Path p) {
        String path = p.toString().replace('\\', '/');
        String name = p.getFileName().toString();
        return path.contains("/src/test/") && !path.contains("/target/") && !path.contains("/node_modules/")
                && !path.contains("/leak-scan/")
                && (name.endsWith(".java") || name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"))
                && Files.isRegularFile(p);
    }

    private void read(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                add(NAMED_FIELD.matcher(line), names);
                if (CONTACT_LINE.matcher(line).find()) {
                    add(CONTACT_NAME.matcher(line), names);
                }
                Matcher mobile = MOBILE.matcher(line);
                while (mobile.find()) {
                    phones.add(mobile.group());
                }
                add(PHONE_FIELD.matcher(line), phones);
            }
        } catch (IOException e) {
            // not UTF-8 text: no test data of ours
        }
    }

    private static void add(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    static String maskedName(String name) {
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }

    static String maskedPhone(String phone) {
        return phone.length() <= 4 ? "****" : phone.substring(0, 3) + "*".repeat(phone.length() - 7 > 0 ? phone.length() - 7 : 1)
                + phone.substring(Math.max(3, phone.length() - 4));
    }
}
