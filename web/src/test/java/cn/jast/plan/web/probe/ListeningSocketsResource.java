package cn.jast.plan.web.probe;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP sockets the server process listens on, as Linux reports them ({@code /proc/self/fd} and
 * {@code /proc/net/tcp{,6}}): local address and port, e.g. {@code 127.0.0.1:18080}. Tests only.
 */
@jakarta.ws.rs.Path("test/listening")
public class ListeningSocketsResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> listening() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while we looked
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(address(f[1]));
                }
            }
        }
        return listening;
    }

    /** {@code 0100007F:4E20} is 127.0.0.1:20000; IPv6 in four little-endian words. */
    private static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String a = parts[0];
        if (a.length() == 8) {
            return ip4(a) + ":" + port;
        }
        if (a.startsWith("0000000000000000FFFF0000")) {
            return "::ffff:" + ip4(a.substring(24)) + ":" + port;
        }
        StringBuilder v6 = new StringBuilder();
        for (int w = 0; w < 4; w++) {
            String word = a.substring(w * 8, w * 8 + 8);
            for (int b = 3; b >= 0; b--) {
                v6.append(word, b * 2, b * 2 + 2);
                if (b % 2 == 0 && !(w == 3 && b == 0)) {
                    v6.append(':');
                }
            }
        }
        return "[" + v6.toString().toLowerCase() + "]:" + port;
    }

    private static String ip4(String le) {
        return Integer.parseInt(le.substring(6, 8), 16) + "." + Integer.parseInt(le.substring(4, 6), 16) + "."
                + Integer.parseInt(le.substring(2, 4), 16) + "." + Integer.parseInt(le.substring(0, 2), 16);
    }
}
