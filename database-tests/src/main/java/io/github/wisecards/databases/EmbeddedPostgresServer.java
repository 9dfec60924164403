package io.github.wisecards.databases;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server (zonky). Its data directory and port are fixed, so that a stop
 * (closing the zonky instance) and a start (a new instance over the same directory, which skips
 * {@code initdb}) keep the databases.
 */
final class EmbeddedPostgresServer implements RestartableServer {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    EmbeddedPostgresServer(Path dataDirectory, int port) throws IOException {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.postgres = newInstance();
    }

    private EmbeddedPostgres newInstance() throws IOException {
        // Durability is irrelevant for throw-away test data; these settings make start-up and
        // commits cheap on a 2-core CI machine, and keep the server log quiet.
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "300")
                .setServerConfig("log_min_messages", "fatal")
                .setServerConfig("log_min_error_statement", "panic")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot stop embedded PostgreSQL", e);
        }
    }

    @Override
    public synchronized void start() {
        try {
            postgres = newInstance();
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUnavailableError("embedded PostgreSQL could not restart", e);
        }
    }

    synchronized void stopQuietly() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
