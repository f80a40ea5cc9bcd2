package cn.jast.plan.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium as a test uses it: open a page of the application, find, type, click, wait,
 * take a screenshot into {@code target/screenshots/}, resize to a laptop or a phone, and run axe-core
 * inside the page. Made by {@link BrowserExtension}.
 */
public final class Browser {
    /** A laptop screen. */
    public static final Dimension LAPTOP = new Dimension(1366, 768);
    /** A phone held upright. */
    public static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe.version", "4.6.3")
            + "/axe.min.js";

    private final ChromeDriver driver;
    private final String testName;
    private URI base;

    Browser(ChromeDriver driver, String testName) {
        this.driver = driver;
        this.testName = testName;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Where the application is: every {@link #open} path is resolved against it. */
    public Browser at(URI applicationBase) {
        this.base = applicationBase;
        return this;
    }

    public URI base() {
        return base;
    }

    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    /**
     * Waits until no request is in flight: the page loaded, no jQuery request open and PrimeFaces' Ajax queue
     * empty (its widgets are rebuilt from the response's scripts after the DOM update, so a click before that
     * may reach a widget that is about to be replaced).
     */
    public Browser idle() {
        waitFor().withMessage("the page still has a request in flight").until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())")));
        return this;
    }

    /**
     * Chooses an item of a PrimeFaces selectOneMenu as a person does: opens it, waits until its panel has finished
     * appearing (a click during the slide lands where the item was a moment ago), brings the item into the
     * panel's view and clicks it; then waits for the panel to close and the requests it caused to end.
     */
    public Browser choose(String menuCss, String label) {
        idle().click(menuCss);
        WebElement menu = find(menuCss);
        String panel = "#" + menu.getAttribute("id").replace(":", "\\:") + "_panel";
        JavascriptExecutor js = (JavascriptExecutor) driver;
        waitFor().withMessage("the menu's panel " + panel + " to open").until(d -> Boolean.TRUE.equals(js.executeScript(
                "const p = document.querySelector(arguments[0]);"
                        + " return p !== null && p.offsetParent !== null && !(window.jQuery && jQuery(p).is(':animated'))", panel)));
        WebElement item = waitFor().withMessage("the item " + label + " in " + panel).until(d -> d.findElements(
                By.cssSelector(panel + " li.ui-selectonemenu-item")).stream()
                .filter(li -> label.equals(li.getAttribute("data-label"))).findFirst().orElse(null));
        js.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", item);
        item.click();
        waitFor().withMessage("the menu's panel " + panel + " to close").until(d -> Boolean.TRUE.equals(js.executeScript(
                "const p = document.querySelector(arguments[0]); return p === null || p.offsetParent === null", panel)));
        return idle();
    }

    /**
     * Waits until the element has left the document (the page it was on was replaced). Chromedriver says so
     * either as a stale element or, when the node went while it looked, as an "unknown error: Node with given
     * id does not belong to the document"; both mean gone.
     */
    public Browser waitUntilGone(WebElement element) {
        waitFor().withMessage("the element to leave the page").until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        return this;
    }

    public Browser click(String css) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /** Waits until the browser shows a page whose path ends so. */
    public Browser waitForPath(String suffix) {
        waitFor().until(d -> URI.create(d.getCurrentUrl()).getPath().endsWith(suffix));
        return this;
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits up to 20 s; an element that an Ajax update replaced while the condition read it only means "not yet". */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public Browser size(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    /** The whole page as a PNG in target/screenshots/&lt;test&gt;-&lt;name&gt;.png (the full height, not just the window). */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(testName + "-" + name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full page height as a screenshot: the window grows to the document, then shrinks back. */
    public Path fullScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Runs axe-core in the page (WCAG 2.1 A and AA rules) and returns the violations of impact
     * "serious" or "critical", each as "rule: target, …".
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(function (r) {
                       done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                           .map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));
                   }, function (e) { done(['axe failed: ' + e]); });
                """);
        return (List<String>) result;
    }

    /** Messages the browser logged as errors (a CSP refusal, a script error). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).toList();
    }

    /** A cookie of the application as the browser holds it, with its attributes. */
    public Map<String, Object> cookie(String name) {
        var c = driver.manage().getCookieNamed(name);
        return c == null ? null : c.toJson();
    }

    private static String axeSource() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path at " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void quit() {
        driver.quit();
    }
}
