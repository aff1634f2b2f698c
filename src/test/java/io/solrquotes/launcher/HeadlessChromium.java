package io.solrquotes.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's {@code chromium}, headless, driven through its {@code chromium-driver}: the browser the
 * quote search page is tested in. Nothing is downloaded; both must be installed ({@code apt-get install
 * chromium chromium-driver}, which {@code .ci/run} does when they are missing). Other paths can be given
 * with the system properties {@value #BROWSER_PROPERTY} and {@value #DRIVER_PROPERTY}.
 */
final class HeadlessChromium implements AutoCloseable {

  static final String BROWSER_PROPERTY = "chromium.binary";
  static final String DRIVER_PROPERTY = "chromium.driver";

  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts the browser with a window of {@code width} by {@code height} pixels. */
  static HeadlessChromium start(int width, int height) throws LauncherException {
    Path browser = installed(BROWSER_PROPERTY, "/usr/bin/chromium", "chromium");
    Path driverBinary = installed(DRIVER_PROPERTY, "/usr/bin/chromedriver", "chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
        "--disable-extensions", "--window-size=" + width + "," + height, "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driverBinary.toString())).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new HeadlessChromium(driver);
  }

  private static Path installed(String property, String usual, String debianPackage) throws LauncherException {
    Path path = Path.of(System.getProperty(property, usual));
    if (!Files.isExecutable(path)) {
      throw new LauncherException(
          path + " is missing: the quote search page is tested in Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver; .ci/run installs them), or name another with -D"
              + property + "=PATH; needed for " + debianPackage);
    }
    return path;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** The browser console's messages since the last call (errors, CSP refusals, the page's own logging). */
  List<LogEntry> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
