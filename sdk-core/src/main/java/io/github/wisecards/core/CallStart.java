package io.github.wisecards.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The start of one call (one SDK method invocation, before its first HTTP attempt), as reported
 * to {@link RequestListener#onCallStart}.
 *
 * <p>The path is the operation's template (for example {@code
 * /v3/spend/profiles/{profileId}/card-orders}), never the filled-in IDs, so together with the
 * method it names the operation and can be used as a metric tag. The correlation id is the
 * caller's {@code X-External-Correlation-Id}: unique per call, so a trace attribute, never a metric
 * tag. Never holds a secret. Immutable.
 */
public final class CallStart {
    private final String method;
    private final String pathTemplate;
    private final String correlationId;

    private CallStart(String method, String pathTemplate, String correlationId) {
        this.method = Objects.requireNonNull(method, "method");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        this.correlationId = correlationId;
    }

    /**
     * Creates a call start; used by the SDK and by tests of listeners.
     *
     * @param method the HTTP method
     * @param pathTemplate the operation's path template, without IDs
     * @param correlationId the {@code X-External-Correlation-Id} the call sends, or null
     * @return a new {@code CallStart}
     * @throws NullPointerException if {@code method} or {@code pathTemplate} is null
     */
    public static CallStart of(String method, String pathTemplate, String correlationId) {
        return new CallStart(method, pathTemplate, correlationId);
    }

    /** {@return the HTTP method} */
    public String method() {
        return method;
    }

    /** {@return the path template, without filled-in IDs} */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** {@return the {@code X-External-Correlation-Id} the call sends, if the caller set one} */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    @Override
    public String toString() {
        return "CallStart{" + method + " " + pathTemplate + ", correlationId=" + correlationId + "}";
    }
}
