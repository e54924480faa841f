package dev.tandem.adapters.web;

import dev.tandem.adapters.Staff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium: the flags that work on these machines, a fresh profile in
 * the build's temp directory, and screenshots under {@code target/screenshots/} for people to look at.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("..", "target", "screenshots");

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Skips the calling test, saying why, when this machine has no Chromium (.ci/run installs it). */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    }

    static Browser start(int width, int height) {
        assumeInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());   // never let Selenium Manager download
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=pl-PL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(driver);
    }

    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100))
                .withMessage(what).until(condition);
    }

    /**
     * Opens a staff page of the server on this port: its sign-in form comes first, filled in as this staff member
     * ({@link Staff#password}), then the page asked for.
     */
    void openSignedIn(int port, String path, String user) {
        driver.get("http://localhost:" + port + path);
        await("the sign-in page", browser -> browser.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Staff.password(user));
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        await("back on " + path, browser -> browser.getCurrentUrl().endsWith(path));
    }

    /** Signs in to the agent console, claims the waiting chat and returns its conversation tab once assigned. */
    WebElement claimInConsole(int port, String agent, String conversationId) {
        openSignedIn(port, "/console", agent);
        WebElement queued = await("the chat in the queue", browser -> browser.findElements(
                By.cssSelector(".q-item[data-id='" + conversationId + "']")).stream().findFirst().orElse(null));
        queued.findElement(By.cssSelector(".q-claim")).click();
        return await("the conversation tab", browser -> browser.findElements(
                By.cssSelector(".panel[data-id='" + conversationId + "'][data-state='ASSIGNED']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Shows pages as a 360×740 phone does (mobile viewport) until {@link #asDesktop()}. */
    Browser asPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /** Shows pages in the window's own size. */
    Browser asDesktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return this;
    }

    Object js(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
