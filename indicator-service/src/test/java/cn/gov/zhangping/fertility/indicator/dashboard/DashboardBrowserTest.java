package cn.gov.zhangping.fertility.indicator.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian chromium and chromium-driver, installed by .ci/run): it opens
 * without signing in with the figures of the running service, a birth registered while it is open appears without a
 * reload, a status colour and an ECharts chart are present, and a screenshot is kept as target/dashboard.png.
 * Year 2036 is this class's own.
 */
@QuarkusTest
class DashboardBrowserTest {

    static final int YEAR = 2036;
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/dashboard/index.html")
    URL page;

    static void birth(String sex, String township) {
        UUID id = UUID.randomUUID();
        BirthRegisteredEvents.publish(UUID.randomUUID().toString(), id, BirthRegisteredEvents.data(id, Map.of("sex", sex,
                "birthDate", YEAR + "-05-01", "townshipCode", township, "communityCode", township + "001", "rural", true)));
    }

    static void population() {
        StringBuilder sb = new StringBuilder("{\"year\":" + YEAR + ",\"source\":\"test\",\"townships\":[");
        List<Township> all = List.copyOf(Townships.all());
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "" : ",").append("{\"townshipCode\":\"").append(all.get(i).code()).append("\",\"population\":")
                    .append(i < 2 ? 40 : 5).append('}');
        }
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body(sb.append("]}").toString()).when().post("/api/v1/populations").then().statusCode(201);
    }

    @Test
    void theOpenPageShowsABirthRegisteredWhileItIsOpen() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        population();
        for (int i = 0; i < 10; i++) {
            birth(i % 2 == 0 ? "MALE" : "FEMALE", i < 6 ? "350881001" : "350881002");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().window().setSize(new Dimension(1400, 1800));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(page + "?year=" + YEAR);
            wait.until(d -> "10".equals(text(browser, "#figure-1 .numerator")));
            wait.until(d -> ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('live').classList.contains('on')").equals(Boolean.TRUE));
            ((JavascriptExecutor) browser).executeScript("window.sameDocument = 'yes';");

            birth("FEMALE", "350881002");

            wait.until(d -> "11".equals(text(browser, "#figure-1 .numerator")));
            assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument")).isEqualTo("yes");
            assertThat(browser.findElement(By.cssSelector("#figure-1")).getAttribute("class")).matches(".*status-(MET|ON_TRACK|AT_RISK|OFF_TRACK).*");
            assertThat(browser.findElement(By.cssSelector("#figure-1")).getCssValue("border-left-color")).isNotEqualTo("rgba(158, 158, 158, 1)");
            assertThat(browser.findElements(By.cssSelector("#chart-1 canvas"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#figure-3.status-NO_DATA"))).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("article.card"))).hasSize(24);
            // the joint application's service figures of the month, read from the API when the page loads
            wait.until(d -> !text(browser, "#service-summary").isEmpty());
            assertThat(text(browser, "#service-summary")).contains("一次办好");

            browser.findElement(By.cssSelector("#figure-1")).click();
            wait.until(d -> browser.findElements(By.cssSelector("#drill-table tbody tr")).size() == 16);
            assertThat(text(browser, "#drill-table tbody")).contains("菁城街道");

            Path shot = Path.of("target", "dashboard.png");
            Files.createDirectories(shot.getParent());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(shot)).isPositive();
        } finally {
            browser.quit();
        }
    }

    private static String text(ChromeDriver browser, String css) {
        var found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getText();
    }
}
