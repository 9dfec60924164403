package io.github.wisecards.core.errors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One error reported by the Wise API, whatever shape the error body had.
 *
 * <p>From the array form {@code {"errors":[{"code","message","path","arguments"}]}} every field
 * is kept; from the OAuth form {@code {"error","error_description"}} and the Spring form {@code
 * {"status","error","message"}} the code is {@code error} and the message the description.
 * Immutable.
 */
public final class ApiError {
    private final String code;
    private final String message;
    private final String path;
    private final List<String> arguments;

    private ApiError(String code, String message, String path, List<String> arguments) {
        this.code = code;
        this.message = message;
        this.path = path;
        this.arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /**
     * Creates an error.
     *
     * @param code machine-readable code, or null
     * @param message human-readable message, or null
     * @param path the request field the error is about, or null
     * @param arguments extra values the server gave, or null for none
     * @return a new {@code ApiError}
     */
    public static ApiError of(String code, String message, String path, List<String> arguments) {
        return new ApiError(code, message, path, arguments);
    }

    /** {@return the machine-readable code, for example {@code error.card.order.not.found}} */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** {@return the human-readable message} */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** {@return the request field the error is about, when the server named one} */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** {@return the extra values the server gave; never null} */
    public List<String> arguments() {
        return arguments;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiError e
                && Objects.equals(code, e.code)
                && Objects.equals(message, e.message)
                && Objects.equals(path, e.path)
                && arguments.equals(e.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message, path, arguments);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (code != null) {
            sb.append(code);
        }
        if (path != null) {
            sb.append(sb.length() > 0 ? " " : "").append("[").append(path).append("]");
        }
        if (message != null) {
            sb.append(sb.length() > 0 ? ": " : "").append(message);
        }
        return sb.length() == 0 ? "(no details)" : sb.toString();
    }
}
