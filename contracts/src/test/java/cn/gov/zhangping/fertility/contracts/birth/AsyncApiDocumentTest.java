package cn.gov.zhangping.fertility.contracts.birth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI 3 document, validated by the AsyncAPI parser ({@code @asyncapi/parser}, npm) and its events by Ajv:
 * {@code src/test/asyncapi/validate.mjs}, installed with {@code npm ci} from the committed lock file into
 * {@code target/asyncapi-validator}. Without Node.js the test is skipped with a message, except in CI (the
 * {@code CI} environment variable set), where it fails.
 */
class AsyncApiDocumentTest {

    private static final Path RESOURCES = Path.of(System.getProperty("contracts.resources", "src/main/resources"));
    private static final Path VALIDATOR = Path.of(System.getProperty("contracts.asyncapi.validator", "src/test/asyncapi"));
    private static final Path WORK = Path.of(System.getProperty("contracts.work", "target/asyncapi-validator"));

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("asyncapi", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Run(-1, String.join(" ", command) + " did not finish in " + timeoutSeconds + " s\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean nodeIsInstalled() {
        try {
            return run(Path.of("."), 30, "node", "--version").exit() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** npm ci from the committed lock file, unless the same lock file is already installed. */
    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        byte[] lock = Files.readAllBytes(VALIDATOR.resolve("package-lock.json"));
        Path installed = WORK.resolve("node_modules/.installed-package-lock.json");
        for (String file : List.of("package.json", "package-lock.json", "validate.mjs")) {
            Files.copy(VALIDATOR.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.exists(installed) && java.util.Arrays.equals(Files.readAllBytes(installed), lock)) {
            return;
        }
        Run ci = run(WORK, 600, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        assertThat(ci.exit()).as("npm ci in %s:\n%s", WORK, ci.output()).isZero();
        Files.write(installed, lock);
    }

    @Test
    void theDocumentAndItsEventsAreValid() throws Exception {
        if (!nodeIsInstalled()) {
            String message = "node (Node.js 20 or newer) is not on the PATH: the AsyncAPI document cannot be validated";
            assertThat(System.getenv("CI")).as(message).isNull();
            Assumptions.abort(message + "; skipped (it fails where CI is set)");
        }
        install();
        List<String> command = new ArrayList<>(List.of("node", "validate.mjs",
                RESOURCES.resolve("META-INF/resources/asyncapi.yaml").toAbsolutePath().toString(),
                RESOURCES.resolve("META-INF/resources/schemas").toAbsolutePath().toString(),
                RESOURCES.resolve("examples/birth").toAbsolutePath().toString(),
                RESOURCES.resolve("examples/application").toAbsolutePath().toString(),
                RESOURCES.resolve("examples/childcare-registry").toAbsolutePath().toString(),
                RESOURCES.resolve("examples/household").toAbsolutePath().toString(),
                RESOURCES.resolve("examples/benefit").toAbsolutePath().toString()));
        Run validation = run(WORK, 300, command.toArray(String[]::new));
        System.out.println(validation.output());
        assertThat(validation.exit()).as("the AsyncAPI document or its events are not valid:\n%s", validation.output()).isZero();
        assertThat(validation.output()).contains("asyncapi: valid");
    }
}
