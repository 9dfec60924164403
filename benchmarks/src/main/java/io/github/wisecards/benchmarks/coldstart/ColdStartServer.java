package io.github.wisecards.benchmarks.coldstart;

import io.github.wisecards.benchmarks.HttpState;
import io.github.wisecards.benchmarks.fixture.LoopbackServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The server case 7's programs call, in its own process so their timings include only their own
 * work. Writes its base URL to the given file, then serves until the process is ended.
 */
public final class ColdStartServer {
    private ColdStartServer() {}

    /** Entry point: {@code ColdStartServer <url-file>}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ColdStartServer <url-file>");
        }
        LoopbackServer server = LoopbackServer.start(HttpState.TOTAL_ORDERS, HttpState.PAGE_SIZE);
        Path tmp = Path.of(args[0] + ".tmp");
        Files.writeString(tmp, server.baseUrl());
        Files.move(tmp, Path.of(args[0]), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
    }
}
