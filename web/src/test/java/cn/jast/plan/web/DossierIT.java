package cn.jast.plan.web;

import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application's dossier ({@code GET /api/v1/applications/{id}/dossier}) checked offline as its README
 * says: a society uploads an attachment and submits; the office downloads the zip, which holds the PDF,
 * the attachment, the application's audit entries and the chain's links; its own {@code verify.py} (run
 * with {@code python3}) and {@code sha256sum -c} pass on it as downloaded. One byte changed in the
 * attachment fails it, even with SHA256SUMS and attachments.json rewritten to match (the audit entry of
 * the upload recorded the hash); one byte changed in an audit entry fails it, even with SHA256SUMS
 * rewritten (the entry no longer gives its hash); an entry removed breaks the run. Only the office gets
 * a dossier; an unknown application is 404.
 */
@ExtendWith(ArquillianExtension.class)
class DossierIT {

    private static final String OFFICE = "office-dossier";
    private static final Path WORK = Path.of("target", "dossier-it");

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    @Test
    void aDossierChecksOfflineAndFailsWhenOneByteOfAnAttachmentOrAnEntryIsChanged() throws Exception {
        ApiClient api = new ApiClient(url);
        api.account(OFFICE, "OFFICE", null);
        String society = api.societyWithAccount("S-D" + ApiClient.unique());
        String id = api.draft(society, ApiClient.membersHome("会员之家 档案 <b>粗体</b>"));
        byte[] pdf = "%PDF-1.4\n% 工作计划\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = api.sendBytes("api/v1/applications/" + id
                + "/attachments?kind=WORK_PLAN&name=%E5%B7%A5%E4%BD%9C%E8%AE%A1%E5%88%92.pdf", society, "application/pdf", pdf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String attachmentId = json(uploaded).getString("id");
        HttpResponse<String> submitted = api.post("api/v1/applications/" + id + "/submit", society, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        String fingerprint = json(submitted).getJsonObject("application").getString("fingerprint");

        HttpResponse<byte[]> zip = api.download("api/v1/applications/" + id + "/dossier", OFFICE);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).contains("dossier-2021-" + id + ".zip");

        Path dir = unzip(zip.body(), "original");
        Path root = dir.resolve("dossier-" + id);
        assertThat(names(root)).contains("README.txt", "verify.py", "SHA256SUMS", "application.pdf", "application.json",
                "attachments.json", "audit/entries.json", "audit/chain.json",
                "attachments/" + attachmentId + "-工作计划.pdf");
        assertThat(Files.readAllBytes(root.resolve("attachments/" + attachmentId + "-工作计划.pdf"))).isEqualTo(pdf);
        assertThat(new String(Files.readAllBytes(root.resolve("application.pdf")), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        String entries = Files.readString(root.resolve("audit/entries.json"));
        assertThat(entries).contains("application.create").contains("attachment.store").contains("application.submit")
                .contains(sha256(pdf)).contains(fingerprint);
        assertThat(Files.readString(root.resolve("application.json"))).contains(fingerprint).contains(OFFICE);
        assertThat(Files.readString(root.resolve("audit/chain.json"))).contains("\"intact\": true");
        assertThat(Files.readString(root.resolve("README.txt"))).contains("python3 verify.py").contains("sha256sum -c");

        Run ok = run(root, "python3", "verify.py");
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("校验通过").contains(id).doesNotContain("FAILED");
        Run sums = run(root, "sha256sum", "-c", "--strict", "SHA256SUMS");
        assertThat(sums.exit()).as(sums.output()).isZero();

        // one byte of the attachment: the manifest says so ...
        Path attachment = Path.of("attachments", attachmentId + "-工作计划.pdf");
        Path a = copy(zip.body(), "attachment-byte", id);
        flipLastByte(a.resolve(attachment));
        Run changed = run(a, "python3", "verify.py");
        assertThat(changed.exit()).as(changed.output()).isEqualTo(1);
        assertThat(changed.output()).contains("FAILED: file " + attachment.toString().replace('\\', '/'))
                .contains("校验失败");
        // ... and with SHA256SUMS and attachments.json rewritten to match it, the audit log's record of the upload does
        String forged = sha256(Files.readAllBytes(a.resolve(attachment)));
        Files.writeString(a.resolve("attachments.json"), Files.readString(a.resolve("attachments.json"))
                .replace(sha256(pdf), forged));
        rewriteSums(a);
        Run forgedRun = run(a, "python3", "verify.py");
        assertThat(run(a, "sha256sum", "-c", "--strict", "SHA256SUMS").exit()).as("the forger's manifest holds").isZero();
        assertThat(forgedRun.exit()).as(forgedRun.output()).isEqualTo(1);
        assertThat(forgedRun.output()).contains("the audit log recorded SHA-256 " + sha256(pdf));

        // one byte of an audit entry (the submitting actor's name), SHA256SUMS rewritten: the entry's hash no longer holds
        Path e = copy(zip.body(), "entry-byte", id);
        String text = Files.readString(e.resolve("audit/entries.json"));
        String actor = "\"actor\": \"" + society + "\"";
        assertThat(text).contains(actor);
        Files.writeString(e.resolve("audit/entries.json"), text.replaceFirst(java.util.regex.Pattern.quote(actor),
                "\"actor\": \"" + society.substring(0, society.length() - 1) + "X\""));
        rewriteSums(e);
        Run entryRun = run(e, "python3", "verify.py");
        assertThat(entryRun.exit()).as(entryRun.output()).isEqualTo(1);
        assertThat(entryRun.output()).contains("the entry was changed");

        // an entry taken out of the chain's links: the run of links breaks
        Path l = copy(zip.body(), "link-removed", id);
        String chain = Files.readString(l.resolve("audit/chain.json"));
        int second = chain.indexOf("{", chain.indexOf("{", chain.indexOf("\"links\"")) + 1);
        int end = chain.indexOf("}", second) + 1;
        Files.writeString(l.resolve("audit/chain.json"), chain.substring(0, second) + chain.substring(end).replaceFirst("^\\s*,", ""));
        rewriteSums(l);
        Run linkRun = run(l, "python3", "verify.py");
        assertThat(linkRun.exit()).as(linkRun.output()).isEqualTo(1);
        assertThat(linkRun.output()).contains("FAILED: chain");

        // only the office; an unknown application is 404
        assertThat(api.download("api/v1/applications/" + id + "/dossier", society).statusCode()).isEqualTo(403);
        assertThat(api.download("api/v1/applications/NO-SUCH/dossier", OFFICE).statusCode()).isEqualTo(404);
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static Path copy(byte[] zip, String name, String id) throws IOException {
        return unzip(zip, name).resolve("dossier-" + id);
    }

    private static Path unzip(byte[] zip, String name) throws IOException {
        Path dir = WORK.resolve(name + "-" + ApiClient.unique());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
                Path target = dir.resolve(z.getName()).normalize();
                assertThat(target.startsWith(dir)).as(z.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return dir;
    }

    private static List<String> names(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(file, bytes);
    }

    private static void rewriteSums(Path root) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("SHA256SUMS"))) {
            String name = line.substring(line.indexOf("  ") + 2);
            lines.add(sha256(Files.readAllBytes(root.resolve(name))) + "  " + name);
        }
        Files.write(root.resolve("SHA256SUMS"), lines);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
