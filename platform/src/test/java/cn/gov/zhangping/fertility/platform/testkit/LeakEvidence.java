package cn.gov.zhangping.fertility.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the tests of a module produced that must never hold personal data, kept under {@code target/leak-scan/} of
 * the module for the build's leak scan (module {@code leak-scan}, the build's last step): every problem body a test
 * received ({@code problems.txt}, appended by {@link OpenApiContract#check}, which sees every rest-assured response
 * and every fuzzer request) and the metrics of the application at the end of each test class
 * ({@code metrics/<class>.txt}, {@link LeakEvidenceCallback}). The logs go to {@code target/quarkus-test.log}
 * (platform configuration) and the events and dead letters stay in the test broker's log under
 * {@code target/testkit-*}/kafka ({@link SharedInfra}).
 */
public final class LeakEvidence {

    static final Path FOLDER = Path.of("target", "leak-scan");

    private LeakEvidence() {
    }

    /** Appends a problem body (a 4xx or 5xx answer) with where it came from. */
    public static synchronized void problem(String where, String body) {
        if (body == null || body.isEmpty()) {
            return;
        }
        write(FOLDER.resolve("problems.txt"), where + "\t" + body.replace('\n', ' ').replace('\r', ' ') + "\n", true);
    }

    /** Keeps the text of {@code /q/metrics} as it was after the tests of {@code testClass}. */
    public static synchronized void metrics(String testClass, String text) {
        write(FOLDER.resolve("metrics").resolve(testClass + ".txt"), text, false);
    }

    private static void write(Path file, String text, boolean append) {
        if (!Files.isDirectory(Path.of("target"))) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            if (append) {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
