package io.github.wisecards.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Counts TCP connections from the kernel's tables, for the suites that prove nothing is left open. */
public final class Sockets {
    private Sockets() {}

    /** Returns whether connections can be counted here ({@code /proc/net/tcp}, Linux). */
    public static boolean canCount() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    /**
     * Counts the client-side ends of established loopback TCP connections to {@code port}, from
     * the kernel's tables ({@code /proc/net/tcp*}, Linux).
     */
    public static int established(int port) throws IOException {
        String hexPort = String.format(":%04X", port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.isReadable(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.US_ASCII)) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st ...; 01 = ESTABLISHED
                if (f.length > 3 && f[2].endsWith(hexPort) && "01".equals(f[3])) {
                    count++;
                }
            }
        }
        return count;
    }
}
