package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A researcher uses the workbench in headless Chromium: editor and gallery, comparison, entity pages, search, accessibility. */
class BrowserWorkbenchIT {
    static TestServer server;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(Duration.ofSeconds(20));
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

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static List<QuerySolution> select(String query) {
        return Txn.calculateRead(server.dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(server.dataset)).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    static String path(String iri) {
        return "/id/" + iri.substring(ReviewConverter.DATA_NS.length());
    }

    @Test
    void theEditorRunsAGalleryQueryAndShowsItsRows() {
        browser.get(server.base + "/sparql");
        WebElement run = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-query='performance-table']")));
        run.click();
        waiting().until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 1);
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertThat(table).contains("fe_value").contains("catalyst");
        // Every catalyst the graph has in a performance table can appear; the first rows show some of them.
        List<String> names = select("PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#> SELECT DISTINCT ?n WHERE { ?r a nkg:TableRow ; nkg:reportsCatalyst/nkg:printedName ?n }")
                .stream().map(s -> s.getLiteral("n").getString()).toList();
        assertThat(names).anySatisfy(n -> assertThat(table).contains(n));
    }

    @Test
    void theComparisonFilterNarrowsTheRowsAndThePlotDrawsTheirPoints() {
        browser.get(server.base + "/compare");
        waiting().until(ExpectedConditions.textMatches(By.id("shown"), java.util.regex.Pattern.compile("\\d+ of \\d+ rows shown")));
        int all = visibleRows().size();
        assertThat(all).isGreaterThan(10);
        WebElement fe = browser.findElement(By.name("fe_min"));
        fe.sendKeys("95");
        List<WebElement> kept = visibleRows();
        assertThat(kept.size()).isPositive().isLessThan(all);
        assertThat(kept).allSatisfy(r -> assertThat(Double.parseDouble(r.getAttribute("data-fe"))).isGreaterThanOrEqualTo(95));
        assertThat(browser.getCurrentUrl()).contains("fe_min=95");
        long plotted = (Long) js("var c = echarts.getInstanceByDom(document.getElementById('plot-fe'));"
                + "return c.getOption().series.reduce(function (n, s) { return n + s.data.length; }, 0);");
        long withPotentialAndFe = kept.stream().filter(r -> !r.getAttribute("data-potential").isEmpty()).count();
        assertThat(plotted).isPositive().isEqualTo(withPotentialAndFe);
        // Each point names the row it stands for.
        String anchor = (String) js("var c = echarts.getInstanceByDom(document.getElementById('plot-fe'));"
                + "var s = c.getOption().series.filter(function (x) { return x.data.length; })[0]; return s.data[0].anchor;");
        assertThat(browser.findElement(By.id(anchor)).isDisplayed()).isTrue();
        new Select(browser.findElement(By.name("class"))).selectByIndex(1);
        assertThat(visibleRows().size()).isLessThanOrEqualTo(kept.size());
        // The address keeps the filter: opening it again shows the same rows.
        browser.get(server.base + "/compare?fe_min=95");
        waiting().until(ExpectedConditions.textMatches(By.id("shown"), java.util.regex.Pattern.compile("\\d+ of")));
        assertThat(visibleRows()).hasSize(kept.size());
    }

    private static List<WebElement> visibleRows() {
        return browser.findElements(By.cssSelector("#rows tbody tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void aCatalystPageShowsItsFaradaicEfficiency() {
        QuerySolution s = select("""
                PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                SELECT ?c ?fe WHERE { ?r a nkg:TableRow ; nkg:reportsCatalyst ?c ; nkg:hasPerformance ?f .
                  ?f a nkg:FaradaicEfficiency ; nkg:numericValue ?fe . } ORDER BY ?c LIMIT 1""").get(0);
        browser.get(server.base + path(s.getResource("c").getURI()));
        String performance = browser.findElement(By.xpath("//section[h2='Performance figures']")).getText();
        assertThat(performance).contains(s.getLiteral("fe").getLexicalForm()).containsIgnoringCase("Faradaic efficiency");
        assertThat(browser.findElements(By.cssSelector("main a")).stream().map(WebElement::getText))
                .noneMatch(t -> t.startsWith("https://w3id.org/") || t.startsWith("review/"));
    }

    @Test
    void aClaimPageHighlightsItsQuoteInTheParagraph() {
        QuerySolution s = select("""
                PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?claim ?exact WHERE { ?claim a nkg:ScalingRelationClaim ; nkg:quote/oa:exact ?exact ;
                  nkg:derivedFromPart/a nkg:Paragraph } ORDER BY ?claim LIMIT 1""").get(0);
        String quote = s.getLiteral("exact").getString().replaceAll("\\s+", " ");
        browser.get(server.base + path(s.getResource("claim").getURI()));
        assertThat(browser.findElement(By.cssSelector(".statement")).getText()).contains("scaling relation").contains("hedged:");
        assertThat(browser.findElement(By.cssSelector("blockquote mark#quote")).getText().replaceAll("\\s+", " ")).isEqualTo(quote);
        browser.findElement(By.partialLinkText("Show in the review")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.breadcrumb")));
        assertThat(browser.findElement(By.cssSelector("mark#quote")).getText().replaceAll("\\s+", " ")).isEqualTo(quote);
        assertThat(browser.findElement(By.cssSelector("nav.prevnext")).getText()).containsAnyOf("Previous", "Next");
    }

    private static void search(String words) {
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(words, Keys.ENTER);
        waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile(java.util.regex.Pattern.quote("for “" + words + "”"))));
    }

    @Test
    void searchPagesAndBackReturnsToEachEarlierState() {
        browser.get(server.base + "/");
        search("Cu-N3");
        String first = browser.findElement(By.id("hits")).getText();
        search("catalyst");
        String status = browser.findElement(By.id("status")).getText();
        assertThat(status).contains("page 1 of");
        String page1 = browser.findElement(By.id("hits")).getText();
        browser.findElement(By.id("next")).click();
        waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("page 2 of")));
        assertThat(browser.findElement(By.id("hits")).getText()).isNotEqualTo(page1);
        assertThat(browser.findElements(By.cssSelector("#hits li.hit"))).hasSizeLessThanOrEqualTo(SearchService.PAGE_SIZE);
        browser.navigate().back();
        waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("“catalyst”, page 1 of")));
        browser.navigate().back();
        waiting().until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("for “Cu-N3”")));
        assertThat(browser.getCurrentUrl()).startsWith(server.base);
        assertThat(browser.findElement(By.id("hits")).getText()).isEqualTo(first);
    }

    @Test
    void searchAnswersTheIssuesExamplesSensibly() {
        browser.get(server.base + "/");
        search("Cu/Cu2O");
        assertThat(browser.findElement(By.cssSelector("#hits li.hit")).getText()).contains("Cu2O");
        search("*NO");
        assertThat(browser.findElement(By.cssSelector("#hits li.hit a")).getText()).isEqualTo("*NO");
        assertThat(browser.findElement(By.id("hits")).getText()).doesNotContain("Conflicts of Interest");
        search("operando XAS");
        assertThat(browser.findElement(By.id("hits")).getText()).contains("XAS");
        search("FE above 95");
        WebElement offer = browser.findElement(By.cssSelector("#offer a"));
        assertThat(offer.getAttribute("href")).endsWith("/compare?fe_min=95");
    }

    @Test
    void pagesFitA390PixelScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            String catalyst = select("PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#> SELECT ?c WHERE { ?r a nkg:TableRow ; nkg:reportsCatalyst ?c } LIMIT 1")
                    .get(0).getResource("c").getURI();
            for (String page : List.of("/", "/sparql", "/compare", "/downloads", path(catalyst), "/id/no-such-thing")) {
                browser.get(server.base + page);
                long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as(page).isLessThanOrEqualTo(0);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void noSeriousOrCriticalAccessibilityViolations() throws IOException {
        String axe = Files.readString(Path.of(System.getProperty("nkg.axe", "target/frontend/node_modules/axe-core/axe.min.js")));
        QuerySolution claim = select("PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#> SELECT ?c ?p WHERE { ?c a nkg:ScalingRelationClaim ; nkg:derivedFromPart ?p } LIMIT 1").get(0);
        String catalyst = select("PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#> SELECT ?c WHERE { ?r a nkg:TableRow ; nkg:reportsCatalyst ?c } LIMIT 1")
                .get(0).getResource("c").getURI();
        List<String> pages = List.of("/?q=Cu-N3", "/sparql", "/compare", "/downloads", path(catalyst),
                path(claim.getResource("c").getURI()), path(claim.getResource("p").getURI()), "/term/XAS", "/ontology",
                "/id/no-such-thing");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.get(server.base + page);
            waiting().until(d -> js("return document.readyState").equals("complete"));
            if (page.equals("/sparql")) {
                // The editor with a result table, as a reader sees it after running a gallery query.
                browser.findElement(By.cssSelector("button[data-query='references']")).click();
                waiting().until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 1);
            }
            js(axe);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
                    + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                    + "    .map(function (v) { return { id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ') }; }));"
                    + "});");
            violations.forEach(v -> problems.add(page + ": " + v));
        }
        assertThat(problems).isEmpty();
    }
}
