package io.newsflow.launcher.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.benchmarks.corpus.ArticleGenerator;
import io.newsflow.contract.Json;
import io.newsflow.ingest.IngestListener;
import io.newsflow.launcher.Taggers;
import io.newsflow.launcher.local.LocalPipeline;
import io.newsflow.sink.SinkListener;
import io.newsflow.testsupport.Inbox;
import io.newsflow.testsupport.SampleFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The live status page in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * driven over WebDriver) opens the all-in-one run's page, files are dropped into the inbox, and the page's numbers,
 * entity list and highlighted latest articles follow. Saves {@code target/screenshots/status-page.png}. Fails, not
 * skips, when Chromium or its driver is missing: {@code .ci/run} installs them.
 */
class StatusPageBrowserIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final int GENERATED = 4;

    @TempDir
    static Path work;

    static LocalPipeline pipeline;
    static Monitoring monitor;
    static URI app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        final Path chromium = MonitoringFiles.executable("chromium", "chromium");
        final Path chromedriver = MonitoringFiles.executable("chromedriver", "chromium-driver");
        final LocalPipeline.Settings settings =
                new LocalPipeline.Settings(work.resolve("inbox"), work.resolve("outbox"), work.resolve("data"), 0, 2);
        monitor = Monitoring.forLocalRun(settings, Duration.ofMillis(500));
        pipeline = LocalPipeline.start(
                settings,
                Taggers.builtIn(),
                monitor.ingestListener(IngestListener.NONE),
                monitor.sinkListener(SinkListener.NONE));
        monitor.attachTo(pipeline);
        app = monitor.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false);

        final ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // as root in a container: no sandbox; nothing that would reach out to the network or need a GPU
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + work.resolve("chromium-profile"),
                "--window-size=1400,1700");
        final ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(work.resolve("chromedriver.log").toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldShowTheNumbersEntitiesAndLatestArticlesChangeAsFilesAreDropped() throws IOException {
        browser.get(app.toString());
        await("page shows the empty run").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(text("ready")).isEqualTo("READY");
            assertThat(text("articlesWritten")).isEqualTo("0");
            assertThat(text("filesPublished")).isEqualTo("0");
        });

        final Path inbox = pipeline.settings().inbox();
        final ArticleGenerator generator = new ArticleGenerator(11);
        for (int i = 0; i < GENERATED; i++) {
            final ArticleGenerator.GeneratedArticle article = generator.article(i, 5);
            drop(inbox, article.fileName(), article.text().getBytes(StandardCharsets.UTF_8));
        }
        drop(inbox, "rutte-odesa-visit.txt", SampleFiles.resource("/articles/rutte-odesa-visit.txt"));
        drop(inbox, "photo.txt", new byte[] {'G', 'I', 'F', 0, 1, 2, 0, 3});

        await("page follows the run")
                .atMost(ARRIVAL)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(text("articlesWritten")).isEqualTo(Integer.toString(GENERATED + 1));
                    assertThat(text("filesPublished")).isEqualTo(Integer.toString(GENERATED + 1));
                    assertThat(text("filesQuarantined")).isEqualTo("1");
                    assertThat(Integer.parseInt(text("duplicates"))).isPositive();
                    assertThat(text("duplicatesByReason")).contains("repeated headline");
                    assertThat(text("backlog")).isEqualTo("0");
                    assertThat(text("lagDetail")).contains("newsflow-enrich", "newsflow-sink");
                });

        final WebElement articles = browser.findElement(By.id("articles"));
        assertThat(articles.getText())
                .contains("NATO Chief Rutte Makes Surprise Odesa Visit, Pledges €20 Billion in Military Aid");
        final List<WebElement> people = articles.findElements(By.cssSelector("mark.PERSON"));
        assertThat(people).extracting(WebElement::getText).contains("Mark Rutte");
        assertThat(articles.findElements(By.cssSelector("mark.LOCATION")))
                .extracting(WebElement::getText)
                .contains("Odesa");
        assertThat(browser.findElement(By.id("entities")).getText()).contains("Ukraine", "NATO");
        assertThat(browser.findElement(By.id("rejected")).getText()).contains("BINARY", "photo.txt");
        assertThat(browser.findElement(By.id("checks")).getText())
                .contains("kafka: broker answered", "enrich-streams: Kafka Streams is RUNNING", "outbox: outbox");

        // the chart has drawn something: some pixel of the canvas is not blank
        await("throughput chart drawn")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                (Boolean)
                                        browser.executeScript(
                                                "const c = document.getElementById('chart');"
                                                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                                                        + "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;"))
                        .isTrue());

        final Path screenshot = Path.of("target", "screenshots", "status-page.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    /**
     * The Grafana dashboard's layout as its JSON defines it (grid positions, titles, panel types, queries), drawn by
     * the browser for docs/monitoring.md: no Grafana runs here. Saves {@code target/screenshots/grafana-layout.png}.
     */
    @Test
    void shouldDrawTheGrafanaDashboardLayoutFromItsJson() throws IOException {
        final JsonNode dashboard = Json.MAPPER.readTree(MonitoringFiles.monitoringDir()
                .resolve("grafana/dashboards/newsflow.json")
                .toFile());
        final StringBuilder html = new StringBuilder(
                        "<!doctype html><html><head><meta charset='utf-8'><style>"
                                + "body{margin:0;background:#111217;font:13px system-ui,sans-serif;color:#ccccdc}"
                                + "h1{font-size:18px;margin:10px 12px}.grid{position:relative;margin:0 12px}"
                                + ".p{position:absolute;box-sizing:border-box;background:#181b1f;border:1px solid #2c3235;"
                                + "border-radius:4px;padding:6px 8px;overflow:hidden}.t{font-weight:600;color:#fff}"
                                + ".k{float:right;font-size:10px;color:#8e8e8e}.q{font:10px monospace;color:#6e9fff;margin-top:4px;"
                                + "white-space:pre-wrap}.d{font-size:11px;color:#8e8e8e;margin-top:2px}</style></head><body><h1>")
                .append(escape(dashboard.path("title").asText()))
                .append(" — dashboard layout</h1><div class='grid'>");
        final int unit = 56;
        final int row = 30;
        int bottom = 0;
        for (final JsonNode panel : dashboard.path("panels")) {
            final JsonNode grid = panel.path("gridPos");
            bottom = Math.max(bottom, grid.path("y").asInt() + grid.path("h").asInt());
            html.append("<div class='p' data-panel='")
                    .append(panel.path("id").asInt())
                    .append("' style='left:")
                    .append(grid.path("x").asInt() * unit)
                    .append("px;top:")
                    .append(grid.path("y").asInt() * row)
                    .append("px;width:")
                    .append(grid.path("w").asInt() * unit - 6)
                    .append("px;height:")
                    .append(grid.path("h").asInt() * row - 6)
                    .append("px'><span class='k'>")
                    .append(escape(panel.path("type").asText()))
                    .append("</span><div class='t'>")
                    .append(escape(panel.path("title").asText()))
                    .append("</div><div class='d'>")
                    .append(escape(panel.path("description").asText()))
                    .append("</div>");
            for (final JsonNode target : panel.path("targets")) {
                html.append("<div class='q'>")
                        .append(escape(target.path("expr").asText()))
                        .append("</div>");
            }
            html.append("</div>");
        }
        html.append("</div><div style='height:").append(bottom * row + 20).append("px'></div></body></html>");
        final Path page = work.resolve("grafana-layout.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);

        browser.manage().window().setSize(new Dimension(24 * 56 + 30, bottom * 30 + 200));
        browser.get(page.toUri().toString());
        assertThat(browser.findElements(By.cssSelector(".p")))
                .hasSize(dashboard.path("panels").size());
        final Path screenshot = Path.of("target", "screenshots", "grafana-layout.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1400, 1700));
    }

    private static String escape(final String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;");
    }

    private static String text(final String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private static void drop(final Path inbox, final String name, final byte[] content) {
        new Inbox(inbox).drop(name, content);
    }
}
