package io.fiscaltrail.deploy.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fiscaltrail.access.account.DemoAccounts.DemoAccount;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by chromium-driver: one browser per test class. Without
 * both on the PATH (or in /usr/bin) the class is skipped. A failed test leaves a screenshot of the
 * page it was on in {@code target/browser-screenshots}. Tests sign in through the login form with
 * the demo accounts ({@link #signInAs}).
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

  private static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

  private WebDriver driver;
  private String base;

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<Path> chromium = executable("chromium");
    Optional<Path> chromedriver = executable("chromedriver");
    assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
        "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1366,1000", "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver == null) {
      return;
    }
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(
          context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      System.err.println("Screenshot of the failed page " + driver.getCurrentUrl() + ": " + target.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      System.err.println("No screenshot: " + e);
    }
  }

  /** The application under test, e.g. {@code http://127.0.0.1:PORT}. */
  void at(String base) {
    this.base = base;
  }

  /**
   * Signs in through the application's login form, as a person does, after signing out whoever
   * was signed in (the session cookie goes).
   */
  void signInAs(DemoAccount account) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    signIn(account);
  }

  /** Fills in and sends the login form the browser is on, and waits to be let through. */
  void signIn(DemoAccount account) {
    find("#username").sendKeys(account.username());
    find("#password").sendKeys(account.password());
    find("#sign-in").click();
    waiting().until(d -> !d.getCurrentUrl().startsWith(base + "/login"));
  }

  /** Opens a page of the application, as whoever is signed in. */
  WebDriver open(String path) {
    driver.get(base + path);
    return driver;
  }

  /** The path and query of the page the browser is on. */
  String currentPath() {
    return driver.getCurrentUrl().substring(base.length());
  }

  WebDriver driver() {
    return driver;
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** The text of an element once it is on the page. */
  String text(String css) {
    return waiting().until(d -> d.findElement(By.cssSelector(css))).getText().trim();
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static Optional<Path> executable(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Paths.get(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
