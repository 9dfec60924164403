package io.github.wisecards.databases;

/** A test database server that tests may stop and start again on the same port and data. */
public interface RestartableServer {
    /** Returns the server's loopback port. */
    int port();

    /** Stops the server (a fast shutdown: open connections are cut); its data stays. */
    void stop();

    /**
     * Starts the server again on the same port and data.
     *
     * @throws DatabaseUnavailableError if it cannot start
     */
    void start();
}
