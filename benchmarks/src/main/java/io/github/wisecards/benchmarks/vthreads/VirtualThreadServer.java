package io.github.wisecards.benchmarks.vthreads;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.wisecards.benchmarks.fixture.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The loopback server of case 9, in a process of its own: 10,000 concurrent keep-alive connections
 * need about 10,000 file descriptors on each side, and one process may not hold both sides. The
 * JDK's selector-based HTTP server answers every GET with the card order (a virtual thread per
 * exchange from JDK 21, a cached pool before). Writes its port to the file named by its argument,
 * then serves until its standard input closes.
 */
public final class VirtualThreadServer {
    private VirtualThreadServer() {}

    /** Entry point: {@code VirtualThreadServer <port-file>}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: VirtualThreadServer <port-file>");
        }
        // the JDK server closes idle connections above 200 by default; the client keeps 10,000
        System.setProperty("sun.net.httpserver.maxIdleConnections", "20000");
        System.setProperty("sun.net.httpserver.idleInterval", "600");
        byte[] body = Fixtures.cardOrder().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        server.createContext("/", exchange -> answer(exchange, body));
        server.setExecutor(
                VirtualThreads.available() ? VirtualThreads.perTaskExecutor() : Executors.newCachedThreadPool());
        server.start();
        Path tmp = Path.of(args[0] + ".tmp");
        Files.writeString(tmp, Integer.toString(server.getAddress().getPort()));
        Files.move(tmp, Path.of(args[0]), StandardCopyOption.ATOMIC_MOVE);
        CountDownLatch stop = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; end of input means it is done or gone
                }
            } catch (IOException e) {
                // treated as the end of input
            }
            stop.countDown();
        });
        watcher.setDaemon(true);
        watcher.start();
        stop.await();
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
