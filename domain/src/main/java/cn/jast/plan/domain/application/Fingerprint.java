package cn.jast.plan.domain.application;

import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.domain.society.SocietyId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.jast.plan.domain.content.ApplicationContent;
/**
 * The SHA-256 of an application's canonical form, printed on the paper 申报书 so that the office can
 * tell that the stamped copy is the one submitted electronically ("与电子版《申报书》须完全一致", V.1).
 *
 * <p>The canonical form is the plan year, the applicant's code and the canonical JSON of the
 * content ({@link ApplicationJson#canonical}): two applications equal in all of these have the
 * same fingerprint, and any change of content changes it.
 */
public record Fingerprint(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Fingerprint {
        Objects.requireNonNull(hex, "hex");
        hex = hex.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a fingerprint is 64 hexadecimal digits");
        }
    }

    public static String canonicalForm(int planYear, SocietyId society, ApplicationContent content) {
        return "jast-plan-application/1\n" + planYear + "\n" + society.value() + "\n" + ApplicationJson.canonical(content);
    }

    public static Fingerprint of(int planYear, SocietyId society, ApplicationContent content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(canonicalForm(planYear, society, content).getBytes(StandardCharsets.UTF_8));
            return new Fingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Groups of four for printing, e.g. {@code 3f2a 9c01 …}. */
    public String grouped() {
        StringBuilder b = new StringBuilder(80);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(hex, i, i + 4);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return hex;
    }
}
