package io.github.wisecards.micrometer;

import io.github.wisecards.core.errors.ApiConnectionException;
import java.util.concurrent.CancellationException;

/** The low-cardinality values the listeners tag meters with: status, exception, outcome. */
final class Tags {
    static final String NONE = "none";

    private Tags() {}

    /** The status code, {@code IO_ERROR} when an I/O failure left none, {@code NONE} otherwise. */
    static String status(Integer status, Throwable error) {
        if (status != null) {
            return Integer.toString(status);
        }
        return error instanceof ApiConnectionException ? "IO_ERROR" : "NONE";
    }

    /** The exception's simple class name (a bounded set), or {@code none}. */
    static String exception(Throwable error) {
        if (error == null) {
            return NONE;
        }
        String name = error.getClass().getSimpleName();
        return name.isEmpty() ? error.getClass().getName() : name;
    }

    /**
     * The outcome as the SDK sees it: {@code SUCCESS} when the call or attempt succeeded (an
     * operation may treat an error status as a result), else by the status family or the failure.
     */
    static String outcome(Integer status, Throwable error) {
        if (error == null) {
            return "SUCCESS";
        }
        if (status != null && status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        }
        if (status != null && status >= 500) {
            return "SERVER_ERROR";
        }
        if (error instanceof ApiConnectionException) {
            return "IO_ERROR";
        }
        if (error instanceof CancellationException) {
            return "CANCELLED";
        }
        return "ERROR";
    }
}
