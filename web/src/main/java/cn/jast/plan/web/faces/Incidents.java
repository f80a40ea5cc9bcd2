package cn.jast.plan.web.faces;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * An unexpected failure behind a page is logged with its stack trace under an incident id; the visitor
 * sees only the id (the error page), which the operator finds in the server log.
 */
final class Incidents {
    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");

    private Incidents() {
    }

    /** Logs the failure and returns its new incident id. */
    static String record(String where, Throwable failure) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        LOG.log(Level.SEVERE, "Incident " + id + " on page " + where, failure);
        return id;
    }

    /** True for a well-formed incident id: the error page shows no other text taken from a URL. */
    static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }
}
