package cn.jast.plan.demo.pages;

import cn.jast.plan.demo.probe.DemoProbeResource;
import cn.jast.plan.demo.probe.DemoSeedOn;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.browser.Browser;
import cn.jast.plan.web.browser.BrowserExtension;
import cn.jast.plan.web.pages.probe.TrivialAjaxPage;
import cn.jast.plan.web.probe.ProbeResource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #15 item 2's last figure, a benchmark, not a test of speed: the round trip of the wizard's live
 * feedback in a real headless Chromium against the trivial one-field Ajax page in the same server, as
 * the secretary feels it: from the field's change to PrimeFaces' {@code pfAjaxComplete} (the answer
 * applied to the page), timed in the browser with {@code performance.now()}. The wizard's change saves
 * the draft and checks it against every rule ({@code wizard.changed}); the trivial page answers the
 * text's length. Rounds alternate the two, after a warm-up; the figures go to
 * {@code target/wizard-round-trip.txt}; the test asserts only that every round trip did what it
 * should (the title saved and shown, the length shown). Runs only with {@code -Djast.bench=true}
 * (see docs/EVIDENCE.md, item 2): it measures, it does not belong in the test command.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class WizardRoundTripIT {

    private static final String MEASURE = """
            const [selector, value, eventName, done] = arguments;
            const field = document.querySelector(selector);
            const started = performance.now();
            jQuery(document).one('pfAjaxComplete', () => done(performance.now() - started));
            field.value = value;
            jQuery(field).trigger(eventName);
            """;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addPackage(DemoProbeResource.class.getPackage())
                .addPackage(ProbeResource.class.getPackage()).addClass(TrivialAjaxPage.class)
                .addAsWebResource("pages-probe/probe-ajax.xhtml", "probe-ajax.xhtml")
                .addAsServiceProvider(ConfigSource.class, DemoSeedOn.class);
    }

    @Test
    void theWizardsLiveFeedbackAgainstTheTrivialAjaxPage(Browser browser) throws Exception {
        assumeTrue(Boolean.getBoolean("jast.bench"), "a benchmark: run with -Djast.bench=true");
        int warmup = Integer.getInteger("jast.bench.warmup", 10);
        int rounds = Integer.getInteger("jast.bench.rounds", 60);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();

        // the trivial page, in a tab of its own, and the wizard of a new brand academic exchange in another
        browser.at(Deployments.baseUri(base)).open("probe-ajax.xhtml");
        String trivial = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String wizard = browser.driver().getWindowHandle();
        browser.open("");
        browser.find("#login\\:username").sendKeys("s0002", Keys.TAB, "demo-2021", Keys.ENTER);
        browser.waitForPath("/society/dashboard.xhtml");
        browser.click("#new");
        browser.waitForPath("/society/application.xhtml");
        browser.click("[data-choice='EXCHANGE_BRAND'] button");
        browser.waitFor().until(d -> !browser.all("#app-id").isEmpty());
        browser.idle();

        List<Double> wizardMs = new ArrayList<>();
        List<Double> trivialMs = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            browser.driver().switchTo().window(wizard);
            String title = "2021 江苏机械工程品牌学术年会 第" + (i + 1) + "轮";
            double w = ((Number) js.executeAsyncScript(MEASURE, "[data-path='title']", title, "change")).doubleValue();
            browser.waitFor().until(d -> browser.text("#project").contains(title));

            browser.driver().switchTo().window(trivial);
            String text = "x".repeat(1 + i % 39);
            double t = ((Number) js.executeAsyncScript(MEASURE, "#f\\:text", text, "keyup")).doubleValue();
            assertThat(browser.text("#f\\:length")).isEqualTo(String.valueOf(text.length()));
            if (i >= warmup) {
                wizardMs.add(w);
                trivialMs.add(t);
            }
        }

        double wizardP50 = percentile(wizardMs, 50);
        double trivialP50 = percentile(trivialMs, 50);
        String figures = String.format(Locale.ROOT, "# WizardRoundTripIT %s rounds=%d warmup=%d load=\"%s\"%n"
                        + "wizard  (title change: save + check + update) p50=%.1f p90=%.1f max=%.1f ms%n"
                        + "trivial (one Ajax field, keyup)              p50=%.1f p90=%.1f max=%.1f ms%n"
                        + "ratio p50 %.2f, p90 %.2f (target <= 1.5)%n",
                Instant.now(), rounds, warmup, Files.readString(Path.of("/proc/loadavg")).trim(),
                wizardP50, percentile(wizardMs, 90), percentile(wizardMs, 100),
                trivialP50, percentile(trivialMs, 90), percentile(trivialMs, 100),
                wizardP50 / trivialP50, percentile(wizardMs, 90) / percentile(trivialMs, 90));
        System.out.print(figures);
        Path out = Path.of("target", "wizard-round-trip.txt");
        Files.writeString(out, figures, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(wizardMs).hasSize(rounds).allMatch(ms -> ms > 0);
        assertThat(trivialMs).hasSize(rounds).allMatch(ms -> ms > 0);
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
