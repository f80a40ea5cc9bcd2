package cn.jast.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.jast.plan.web.pages.probe.FailingPage;
import cn.jast.plan.web.pages.probe.PageSettings;
import cn.jast.plan.web.probe.ProbeResource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy, all built here. They start from the WAR that
 * {@code mvn package} built (property {@code jast.war}, set by failsafe), so a test runs exactly what
 * ships: every class, the domain and persistence jars, Derby, the config defaults. Tests add whole
 * packages of test-only code on top, never single classes of the application. The demo module's tests
 * use it too, with {@code jast.war} pointing at the demo WAR.
 */
public final class Deployments {

    /** Payara deploys a WAR at its file name: the tests' application lives at {@code /jast-plan}. */
    public static final String CONTEXT_ROOT = "jast-plan";

    private Deployments() {
    }

    /** The application as it ships. */
    public static WebArchive application() {
        Path war = Path.of(System.getProperty("jast.war", "target/jast-plan.war"));
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("No WAR at " + war.toAbsolutePath()
                    + ": run the tests with `mvn -pl web verify`, which packages it first");
        }
        createTemporaryDirectory();
        return ShrinkWrap.create(ZipImporter.class, CONTEXT_ROOT + ".war").importFrom(war.toFile())
                .as(WebArchive.class);
    }

    /** The application plus the probes that provoke each kind of error ({@link ProbeResource}). */
    public static WebArchive applicationWithProbes() {
        return application().addPackage(ProbeResource.class.getPackage());
    }

    /**
     * The application with the probes, the page probes (a failing page, a session probe page) and the
     * page settings of {@link PageSettings}, for the tests of the pages' login, sessions and errors.
     */
    public static WebArchive applicationWithPageProbes() {
        return applicationWithProbes().addPackage(FailingPage.class.getPackage())
                .addAsServiceProvider(ConfigSource.class, PageSettings.class)
                .addAsWebResource("pages-probe/probe-fail.xhtml", "probe-fail.xhtml")
                .addAsWebResource("pages-probe/probe-session.xhtml", "probe-session.xhtml");
    }

    /**
     * Where to send a test's requests: {@code http://127.0.0.1:<port>/jast-plan/}, taking only the port
     * from the URL Arquillian injects. The adapter reads host, port and context root from Micro's boot
     * log; the host it finds is the machine's network address (Micro listens on 127.0.0.1 only, see
     * src/main/payara-micro/pre-boot-commands.txt), and when it reads the log while the deployment list
     * is still being written it finds no context root and hands out the server's root. The port comes
     * earlier in the log, and the context root follows from the archive's name.
     */
    public static URI baseUri(URL injected) {
        try {
            return new URI("http", null, "127.0.0.1", injected.getPort(), "/" + CONTEXT_ROOT + "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(injected.toString(), e);
        }
    }

    /**
     * Failsafe points {@code java.io.tmpdir} into {@code target/} so that the adapter's
     * {@code arquillian-payara-micro*} folders are cleaned with the build; the folder must exist.
     */
    private static void createTemporaryDirectory() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
