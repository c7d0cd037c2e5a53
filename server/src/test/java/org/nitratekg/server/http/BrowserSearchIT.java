package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader types into the search page of a running server, with Debian's Chromium and chromedriver (nothing downloaded). */
class BrowserSearchIT {
    static TestServer server;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(Duration.ofSeconds(10));
        chromium = new HeadlessChromium();
        browser = chromium.driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private List<WebElement> search(String words) {
        browser.get(server.base + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(words, Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("hits? for|No hits|failed")));
        return browser.findElements(By.cssSelector("#hits li.hit"));
    }

    @Test
    void typingCuN3ListsHighlightedParagraphHits() {
        List<WebElement> hits = search("Cu-N3");
        assertThat(browser.findElement(By.id("status")).getText()).contains("for “Cu-N3”");
        assertThat(hits).isNotEmpty();
        WebElement paragraph = hits.stream()
                .filter(h -> h.findElement(By.cssSelector(".kind")).getText().equalsIgnoreCase("paragraph"))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph among the hits"));
        assertThat(paragraph.findElement(By.cssSelector("a")).getAttribute("href")).contains("/id/review/").contains("/paragraph/");
        List<String> marked = hits.stream().flatMap(h -> h.findElements(By.tagName("mark")).stream()).map(WebElement::getText).toList();
        assertThat(marked).isNotEmpty().allSatisfy(m -> assertThat(m.replaceAll("[^A-Za-z0-9₃]", "")).containsIgnoringCase("cun"));
    }

    @Test
    void otherSpellingsAndSeveralWordsFindHitsToo() {
        assertThat(search("CuN₃")).isNotEmpty();
        List<WebElement> hits = search("operando XAS");
        assertThat(hits).isNotEmpty();
        List<String> marked = hits.get(0).findElements(By.tagName("mark")).stream().map(m -> m.getText().toLowerCase()).toList();
        assertThat(marked).isNotEmpty().allSatisfy(m -> assertThat(m).isIn("operando", "xas"));
    }

    @Test
    void markupInDataIsShownAsTextAndNeverRuns() {
        List<WebElement> hits = search("Zyxoquartz");
        assertThat(hits).isNotEmpty();
        Object pwned = ((JavascriptExecutor) browser).executeScript("return typeof window.nkgPwned");
        assertThat(pwned).isEqualTo("undefined");
        assertThat(browser.findElements(By.cssSelector("#hits script, #hits img"))).isEmpty();
        String all = browser.findElement(By.id("hits")).getText();
        assertThat(all).contains("<script>window.nkgPwned = 1</script>");
        List<String> kinds = hits.stream().map(h -> h.findElement(By.cssSelector(".kind")).getText().toLowerCase()).toList();
        assertThat(kinds).contains("paragraph", "table row", "catalyst");
        assertThat(all).contains("Zyxoquartz–N₄ <b>bold</b>");
        WebElement paragraph = hits.stream().filter(h -> h.getText().contains("<script>")).findFirst().orElseThrow();
        assertThat(paragraph.findElement(By.cssSelector(".source a")).getAttribute("href")).endsWith("/id/review/planted/section/4.2");
        assertThat(paragraph.findElement(By.cssSelector(".source")).getText()).contains("§ 4.2 Coordination engineering")
                .doesNotContain("4.2 4.2");
    }
}
