package cn.jast.plan.web.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

/**
 * Gives a test method a {@link Browser}: Debian's {@code /usr/bin/chromium}, headless, driven through
 * {@code /usr/bin/chromedriver} (never a browser Selenium would download), with a fresh profile, a
 * laptop-sized window and Chinese as the browser's language. When the test fails, a screenshot of
 * what the browser showed is kept in {@code target/screenshots/}. A missing browser or driver fails
 * the test: browser tests never skip. Paths can be changed with {@code -Dbrowser.chromium=} and
 * {@code -Dbrowser.chromedriver=}.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {
    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = start(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        context.getStore(NS).put("browser", browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NS).remove("browser", Browser.class);
        if (browser == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browser.screenshot("FAILED");
            }
        } catch (RuntimeException ignored) {
            // the browser may be gone; the failure itself is what matters
        } finally {
            browser.quit();
        }
    }

    static Browser start(String testName) {
        for (String exe : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(exe))) {
                throw new IllegalStateException(exe + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver fonts-wqy-microhei; .ci/run does)");
            }
        }
        Path profile;
        try {
            Files.createDirectories(Path.of("target"));
            profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=zh-CN", "--window-size=1366,768", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), testName);
    }
}
