package io.github.wisecards.databases;

/**
 * One empty database created by {@link TestDatabases#newDatabase}.
 *
 * @param driver the JDBC driver to reach it with
 * @param host the server's host (loopback)
 * @param port the server's port
 * @param name the database name
 * @param user the user, with every right on the database
 * @param password the user's password
 */
public record Database(TestDatabases.Driver driver, String host, int port, String name, String user, String password) {
    /** Returns the JDBC URL that reaches this database directly. */
    public String jdbcUrl() {
        return TestDatabases.url(driver, host, port, name);
    }

    /** Returns the JDBC URL that reaches this database through {@code host:port}, a proxy. */
    public String jdbcUrlVia(String proxyHost, int proxyPort) {
        return TestDatabases.url(driver, proxyHost, proxyPort, name);
    }

    /** Like {@link #jdbcUrlVia(String, int)}, with the given socket (read) timeout. */
    public String jdbcUrlVia(String proxyHost, int proxyPort, int socketTimeoutSeconds) {
        return TestDatabases.url(driver, proxyHost, proxyPort, name, socketTimeoutSeconds);
    }

    @Override
    public String toString() {
        return driver + " " + name;
    }
}
