package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.http.NkgServer;
import org.nitratekg.server.http.ServerSettings;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.ProgressListener;
import org.nitratekg.server.store.StoreLoader;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Script-injection payloads written into a review (title, section heading, paragraph, table cells) and typed into
 * the search page, then every page that shows them opened in headless Chromium: no payload runs, and no element
 * a payload would create exists in any page.
 */
class XssCorpusIT {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String MARK = "Xsscanary";

    /** Each payload, if it ran, would set window.nkgXss. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.nkgXss=1</script>",
            "<img src=x onerror=\"window.nkgXss=2\">",
            "\"><svg onload=\"window.nkgXss=3\">",
            "<a href=\"javascript:window.nkgXss=4\">x</a>",
            "<iframe srcdoc=\"<script>parent.nkgXss=5</script>\"></iframe>",
            "</title></textarea><script>window.nkgXss=6</script>",
            "'-alert(7)-'",
            "{{constructor.constructor('window.nkgXss=8')()}}",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.nkgXss=9>",
            "javascript:window.nkgXss=10",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.nkgXss=11\">",
            "<details open ontoggle=\"window.nkgXss=12\">");

    /** Elements or attributes only a payload would put in a page. */
    static final String LIVE = "script:not([src]), iframe, object, embed, meta[http-equiv]:not([http-equiv='Content-Type']), details:not(.all-statements), math, "
            + "[onerror], [onload], [ontoggle], [onclick], a[href^='javascript:'], svg";

    static FusekiServer server;
    static DatasetGraph dataset;
    static String base;
    static WebDriver browser;
    static Path profile;

    static String review() throws IOException {
        String text = Files.readString(Path.of("../loader/src/test/resources/cases/review-cobalt-stability/input.txt"));
        String all = String.join(" ", PAYLOADS);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("Cobalt") || line.contains("Co₃O₄") || line.startsWith("CoP nanosheets")) {
                lines.set(i, line + " " + MARK + " " + all);
            } else if (line.startsWith("2.2. ")) {
                lines.set(i, line + " " + PAYLOADS.get(1));
            } else if (line.startsWith("CoP NS\t")) {
                lines.set(i, line.replace("CoP NS", "CoP " + MARK + " " + PAYLOADS.get(2)));
            } else if (line.startsWith("CoCu alloy\t")) {
                lines.set(i, line.replace("CoCu alloy", "CoCu " + PAYLOADS.get(0)));
            }
        }
        lines.set(2, lines.get(2) + " " + PAYLOADS.get(5));
        return String.join("\n", lines);
    }

    @BeforeAll
    static void start() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver");
        }
        dataset = NkgDatasets.inMemory();
        new StoreLoader(dataset, ProgressListener.NONE).load(List.of(
                new ReviewConverter().convert(new ReviewText("xss.txt", review()))));
        server = NkgServer.build(dataset, new ServerSettings(0, Duration.ofSeconds(5))).start();
        base = "http://localhost:" + server.getHttpPort();
        profile = Files.createTempDirectory("nkg-chromium-xss-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Opens a page and says what ran or was created there; empty when the page is clean. */
    private static List<String> visit(String path, boolean search) {
        List<String> found = new ArrayList<>();
        try {
            browser.get(base + path);
            if (search) {
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textMatches(By.id("status"),
                        java.util.regex.Pattern.compile("hits? for|No hits|failed")));
            }
            JavascriptExecutor js = (JavascriptExecutor) browser;
            Object ran = js.executeScript("return window.nkgXss === undefined ? null : String(window.nkgXss)");
            if (ran != null) {
                found.add(path + ": payload " + ran + " ran");
            }
            Object live = js.executeScript("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.outerHTML.slice(0, 80))", LIVE);
            if (live instanceof List<?> elements && !elements.isEmpty()) {
                found.add(path + ": " + elements);
            }
        } catch (UnhandledAlertException e) {
            found.add(path + ": an alert opened: " + e.getAlertText());
            browser.switchTo().alert().dismiss();
        }
        return found;
    }

    @Test
    void noPayloadRunsOrCreatesAnElementInAnyPage() {
        TreeSet<String> pages = Txn.calculateRead(dataset, () -> {
            TreeSet<String> iris = new TreeSet<>();
            dataset.getDefaultGraph().find().forEach(t -> {
                if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().contains("nkgXss")
                        && t.getSubject().isURI() && t.getSubject().getURI().startsWith(ReviewConverter.DATA_NS)) {
                    iris.add(t.getSubject().getURI().substring(ReviewConverter.DATA_NS.length()));
                }
            });
            return iris;
        });
        assertThat(pages).hasSizeGreaterThan(5).anyMatch(p -> p.startsWith("catalyst/"));
        List<String> found = new ArrayList<>();
        int visited = 0;
        for (String page : pages) {
            found.addAll(visit("/id/" + page, false));
            visited++;
        }
        found.addAll(visit("/?q=" + MARK, true));
        for (String payload : PAYLOADS) {
            found.addAll(visit("/?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), true));
            found.addAll(visit("/id/" + URLEncoder.encode(payload, StandardCharsets.UTF_8), false));
            visited += 2;
        }
        String results = "SELECT ?s ?o { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"nkgXss\")) }";
        for (String format : List.of("", "&format=xml", "&format=json", "&format=text", "&format=csv")) {
            found.addAll(visit("/nkg/sparql?query=" + URLEncoder.encode(results, StandardCharsets.UTF_8) + format, false));
            visited++;
        }
        found.addAll(visit("/nkg/get?default", false));
        assertThat(visited).isGreaterThan(25);
        assertThat(found).isEmpty();
        // The payloads are shown, as text.
        visit("/?q=" + MARK, true);
        assertThat(browser.findElement(By.id("hits")).getText()).contains("<script>window.nkgXss=1</script>");
    }
}
