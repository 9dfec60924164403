package io.github.wisecards.databases;

/**
 * Thrown when a test database server cannot start. An {@link Error}, so that no test framework
 * turns it into a skip: a suite that needs a server fails the build without one.
 */
public final class DatabaseUnavailableError extends Error {
    private static final long serialVersionUID = 1L;

    DatabaseUnavailableError(String message, Throwable cause) {
        super(message, cause);
    }
}
