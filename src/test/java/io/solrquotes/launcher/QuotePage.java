package io.solrquotes.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The quote search page ({@code /solr/<core>/browse}) as a browser shows it: what a test or the page
 * bench reads and clicks. Each search the page makes ends with its body's {@code data-state} set to
 * {@code ready} (or {@code error}) and {@code data-generation} counting up, which is what this class
 * waits for.
 */
final class QuotePage {

  private static final Duration WAIT = Duration.ofSeconds(20);
  /** How often a wait looks: short, as the waits time the page. */
  private static final Duration POLL = Duration.ofMillis(5);

  private final ChromeDriver driver;
  private final String address;

  /** @param address the page's address, e.g. {@code http://localhost:8983/solr/quotes/browse} */
  QuotePage(ChromeDriver driver, String address) {
    this.driver = driver;
    this.address = address;
  }

  /**
   * Loads the page afresh at {@code fragment} ("" for its first view) and waits until it has shown it.
   * It leaves for a blank page first: going to the same page with another fragment would not reload it.
   */
  void open(String fragment) {
    driver.get("about:blank");
    driver.get(address + (fragment.isEmpty() ? "" : "#" + fragment));
    waitSettled(0);
  }

  /** Reloads the page and waits until it has shown its view again. */
  void reload() {
    driver.navigate().refresh();
    waitSettled(0);
  }

  /** Goes back one step in the browser's history and waits for the view. */
  void back() {
    int before = generation();
    driver.navigate().back();
    waitSettled(before);
  }

  int generation() {
    return Integer.parseInt(driver.findElement(By.tagName("body")).getDomAttribute("data-generation"));
  }

  String state() {
    return driver.findElement(By.tagName("body")).getDomAttribute("data-state");
  }

  /** Waits until the page has finished a search newer than {@code generation}. */
  void waitSettled(int generation) {
    new WebDriverWait(driver, WAIT)
        .pollingEvery(POLL)
        .until(d -> {
          String state = state();
          return generation() > generation && ("ready".equals(state) || "error".equals(state));
        });
  }

  /** The milliseconds the page's last search took it, from the request sent to the view shown. */
  double lastSearchMs() {
    return Double.parseDouble(driver.findElement(By.tagName("body")).getDomAttribute("data-ms"));
  }

  /**
   * The values of a facet ({@code speaker}, {@code kind}, {@code type}, {@code publisher}, {@code month})
   * with their counts, in order; -1 for a chosen value shown without a count.
   */
  Map<String, Integer> facet(String name) {
    Map<String, Integer> values = new LinkedHashMap<>();
    for (WebElement item : driver.findElements(By.cssSelector("[data-facet='" + name + "'] li"))) {
      String value = item.findElement(By.cssSelector(".facet-value")).getDomAttribute("data-value");
      String count = item.findElement(By.cssSelector(".count")).getText().replace(",", "");
      values.put(value, count.isEmpty() ? -1 : Integer.parseInt(count));
    }
    return values;
  }

  /** The values chosen in a facet. */
  List<String> chosen(String name) {
    return driver.findElements(By.cssSelector("[data-facet='" + name + "'] li.chosen .facet-value")).stream()
        .map(e -> e.getDomAttribute("data-value"))
        .toList();
  }

  /** Clicks a facet's value and waits for the new view; the milliseconds from the click to the view shown. */
  double clickFacet(String name, String value) {
    WebElement link =
        driver.findElement(By.cssSelector("[data-facet='" + name + "'] .facet-value[data-value='" + cssString(value) + "']"));
    return clickAndWait(link);
  }

  /** Types {@code words} into the search box, submits, and waits for the results. */
  void search(String words) {
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(words);
    int before = generation();
    driver.findElement(By.cssSelector("#search button")).click();
    waitSettled(before);
  }

  /** Clicks {@code element} (a link of the page) and waits for the view; the milliseconds it took. */
  double clickAndWait(WebElement element) {
    int before = generation();
    long start = System.nanoTime();
    element.click();
    waitSettled(before);
    return (System.nanoTime() - start) / 1e6;
  }

  /** The cards shown: quotation or claim, speaker and text. */
  List<WebElement> cards() {
    return driver.findElements(By.cssSelector(".card"));
  }

  /** The marked quotation of each card shown. */
  List<String> quotations() {
    return driver.findElements(By.cssSelector(".card .text mark")).stream().map(WebElement::getText).toList();
  }

  /** The speaker of each card shown. */
  List<String> speakers() {
    return driver.findElements(By.cssSelector(".card .speaker")).stream().map(WebElement::getText).toList();
  }

  /** The total the results line states. */
  int total() {
    return Integer.parseInt(driver.findElement(By.cssSelector(".summary .total")).getText().replace(",", ""));
  }

  /** The notice shown for an error, or "" if none. */
  String notice() {
    WebElement notice = driver.findElement(By.id("notice"));
    return notice.isDisplayed() ? notice.getText() : "";
  }

  String fragment() {
    String url = driver.getCurrentUrl();
    int hash = url.indexOf('#');
    return hash < 0 ? "" : url.substring(hash + 1);
  }

  /** Saves what the browser shows as a PNG. */
  void screenshot(Path file) throws java.io.IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  private static String cssString(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'");
  }
}
