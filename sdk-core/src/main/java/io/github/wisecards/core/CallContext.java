package io.github.wisecards.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TokenProvider} sees of the call it authorizes: the user the call names (see {@link
 * RequestOptions.Builder#user(String)}), the operation and the values of its path parameters
 * (sensitive ones, such as card tokens, left out). Immutable.
 */
public final class CallContext {
    private static final CallContext NONE = new CallContext(null, "", "", Map.of());

    private final String user;
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathValues;

    private CallContext(String user, String method, String pathTemplate, Map<String, String> pathValues) {
        this.user = user;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.pathValues = pathValues;
    }

    /**
     * Returns a context.
     *
     * @param user the user the call names, or null
     * @param method the HTTP method
     * @param pathTemplate the operation's path template, for example {@code
     *     /v3/spend/profiles/{profileId}/card-orders}
     * @param pathValues the values of the path parameters that are not sensitive, by name
     * @return the context
     */
    public static CallContext of(String user, String method, String pathTemplate, Map<String, String> pathValues) {
        return new CallContext(
                user,
                Objects.requireNonNull(method, "method"),
                Objects.requireNonNull(pathTemplate, "pathTemplate"),
                Map.copyOf(Objects.requireNonNull(pathValues, "pathValues")));
    }

    /**
     * Returns a context that names no user and no operation, for a token fetched outside any call.
     *
     * @return the empty context
     */
    public static CallContext none() {
        return NONE;
    }

    /**
     * Returns the user the call names through {@link RequestOptions.Builder#user(String)}.
     *
     * @return the user key, or empty
     */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /**
     * Returns the HTTP method of the call.
     *
     * @return the method, for example {@code GET}; empty text for {@link #none()}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the path template of the operation.
     *
     * @return the template; empty text for {@link #none()}
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * Returns the value of a path parameter of the call, for example {@code profileId}.
     *
     * @param name the parameter's name in the path template
     * @return the value as sent in the path, or empty when the operation has no such parameter or it
     *     is sensitive (card tokens are never shown to token providers)
     */
    public Optional<String> pathValue(String name) {
        return Optional.ofNullable(pathValues.get(Objects.requireNonNull(name, "name")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallContext c
                && Objects.equals(user, c.user)
                && method.equals(c.method)
                && pathTemplate.equals(c.pathTemplate)
                && pathValues.equals(c.pathValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, method, pathTemplate, pathValues);
    }

    @Override
    public String toString() {
        return "CallContext{user=" + user + ", " + method + " " + pathTemplate + ", pathValues=" + pathValues + "}";
    }
}
