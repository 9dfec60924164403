package io.github.wisecards.databases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy on loopback in front of a database server that can lose the database's reply to one
 * statement after the statement reached the server.
 *
 * <p>{@link #dropReplyTo} arms it with a marker, such as {@code "COMMIT"} or {@code "INSERT INTO
 * wise_webhook_inbox"}: the next client packet containing the marker is forwarded, the server's
 * next reply on that connection (so the statement did run) is swallowed, and both sockets of that
 * connection are closed. The client sees its connection reset without an answer, exactly as when
 * a network or proxy fails between a database and an application. The marker must appear in the
 * packet as text: use client-side prepared statements (pgjdbc {@code prepareThreshold=0}; the
 * MariaDB and MySQL drivers' defaults). Thread-safe.
 */
public final class ReplyDroppingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reply-dropping-proxy");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<byte[]> armedMarker = new AtomicReference<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean blackHole;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private ReplyDroppingProxy(ServerSocket listener, InetSocketAddress target) {
        this.listener = listener;
        this.target = target;
    }

    /** Starts a proxy on a free loopback port forwarding to {@code 127.0.0.1:targetPort}. */
    public static ReplyDroppingProxy start(int targetPort) throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ReplyDroppingProxy proxy =
                new ReplyDroppingProxy(listener, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
        proxy.threads.execute(proxy::acceptLoop);
        return proxy;
    }

    /** Returns the port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * Loses the reply to the next client packet that contains {@code marker} as a word start,
     * ignoring ASCII case (once).
     */
    public void dropReplyTo(String marker) {
        armedMarker.set(marker.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * While on, the database seems to hang: no byte passes in either direction, on open
     * connections and new ones alike (which are accepted, then never answered).
     */
    public void blackHole(boolean on) {
        blackHole = on;
    }

    /** Returns how many replies were lost so far. */
    public int droppedReplies() {
        return dropped.get();
    }

    /** Returns whether an armed marker is still waiting for its packet. */
    public boolean armed() {
        return armedMarker.get() != null;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(target, 2_000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                Connection connection = new Connection(client, server);
                threads.execute(connection::clientToServer);
                threads.execute(connection::serverToClient);
            } catch (IOException e) {
                // Listener closed, or the server refused: the client sees its connection fail.
            }
        }
    }

    private final class Connection {
        private final Socket client;
        private final Socket server;
        private volatile boolean dropNextReply;

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void clientToServer() {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = client.getInputStream();
                    OutputStream out = server.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    byte[] marker = armedMarker.get();
                    if (marker != null && contains(buffer, n, marker) && armedMarker.compareAndSet(marker, null)) {
                        dropNextReply = true;
                    }
                    if (blackHole) {
                        continue;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // Closed by either side.
            } finally {
                closeBoth();
            }
        }

        void serverToClient() {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = server.getInputStream();
                    OutputStream out = client.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (dropNextReply) {
                        dropped.incrementAndGet();
                        client.setSoLinger(true, 0); // reset, as a failed network would
                        return;
                    }
                    if (blackHole) {
                        continue;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // Closed by either side.
            } finally {
                closeBoth();
            }
        }

        private void closeBoth() {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static boolean contains(byte[] buffer, int length, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= length; i++) {
            // A whole word only: "COMMIT" must not match "SET autocommit=0".
            if (i > 0 && (Character.isLetterOrDigit(buffer[i - 1]) || buffer[i - 1] == '_')) {
                continue;
            }
            for (int j = 0; j < marker.length; j++) {
                if (Character.toLowerCase((char) (buffer[i + j] & 0xff)) != Character.toLowerCase((char) marker[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        sockets.forEach(ReplyDroppingProxy::closeQuietly);
        threads.shutdownNow();
    }
}
