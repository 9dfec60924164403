package io.github.wisecards.core;

import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.ContractFormats;
import io.github.wisecards.core.internal.HeaderRules;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Options for one call, overriding the client's: deadline, retries, idempotency key, correlation
 * id, extra headers and the user the call acts for. Pass as the last argument of any operation. Immutable.
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .idempotencyKey(IdempotencyKeys.derive(CARD_ORDERS, orderRequestId)) // same key after a crash
 *     .correlationId(UUID.randomUUID())
 *     .timeout(Duration.ofSeconds(20))
 *     .build();
 * }</pre>
 */
public final class RequestOptions {
    /** The longest correlation id Wise accepts, in characters. */
    public static final int MAX_CORRELATION_ID_LENGTH = 36;

    private static final RequestOptions NONE = new Builder().build();

    private final Duration timeout;
    private final Integer maxRetries;
    private final String idempotencyKey;
    private final String correlationId;
    private final Map<String, String> headers;
    private final String user;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
        this.idempotencyKey = b.idempotencyKey;
        this.correlationId = b.correlationId;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.user = b.user;
    }

    /** {@return options that override nothing} */
    public static RequestOptions none() {
        return NONE;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these options} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.maxRetries = maxRetries;
        b.idempotencyKey = idempotencyKey;
        b.correlationId = correlationId;
        b.headers.putAll(headers);
        b.user = user;
        return b;
    }

    /** {@return the overall deadline of the call, retries included, if overridden} */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** {@return the maximum number of retries, if overridden} */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /** {@return the idempotency key to send, if given} */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** {@return the {@code X-External-Correlation-Id} to send, if given} */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    /** {@return the extra headers to send} */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Returns the user this call acts for, if given: the key a per-user token source ({@link
     * io.github.wisecards.core.tokens.UserTokens}) looks the user's token up by.
     *
     * @return the user key, or empty when the call does not name one
     */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestOptions r
                && Objects.equals(timeout, r.timeout)
                && Objects.equals(maxRetries, r.maxRetries)
                && Objects.equals(idempotencyKey, r.idempotencyKey)
                && Objects.equals(correlationId, r.correlationId)
                && headers.equals(r.headers)
                && Objects.equals(user, r.user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, maxRetries, idempotencyKey, correlationId, headers, user);
    }

    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", idempotencyKey=" + idempotencyKey
                + ", correlationId=" + correlationId + ", headers=" + headers.keySet() + ", user=" + user + "}";
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private String idempotencyKey;
        private String correlationId;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String user;

        private Builder() {}

        /**
         * Sets the overall deadline of the call, retries and their waits included.
         *
         * @param timeout the overall deadline of the call, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout: must be positive but was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Sets the maximum number of retries after the first attempt.
         *
         * @param maxRetries the number of retries after the first attempt, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries: must be >= 0 but was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the idempotency key ({@code X-idempotence-uuid}) for operations that send one. Reuse
         * the same key to resend the same logical request safely, for example after a crash.
         *
         * <p>Wise's contract types this header as a UUID and refuses anything else, so the key must
         * be one. To key a create by your own business id (an order request id, a checkout id), do
         * not pass that id here: derive a stable UUID from it with {@link
         * IdempotencyKeys#derive(java.util.UUID, String)} or {@link #idempotencyKey(java.util.UUID,
         * String)}, which gives the same key after a restart.
         *
         * @param idempotencyKey the key to send, a UUID
         * @return this builder
         * @throws io.github.wisecards.core.errors.ValidationException naming {@code idempotencyKey}
         *     if it is not a UUID (the value is not echoed)
         */
        public Builder idempotencyKey(String idempotencyKey) {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            this.idempotencyKey = ContractFormats.requireUuid("request options", "idempotencyKey", idempotencyKey);
            return this;
        }

        /**
         * Sets the idempotency key ({@code X-idempotence-uuid}) to {@code idempotencyKey}.
         *
         * @param idempotencyKey the key to send, a UUID
         * @return this builder
         */
        public Builder idempotencyKey(java.util.UUID idempotencyKey) {
            this.idempotencyKey =
                    Objects.requireNonNull(idempotencyKey, "idempotencyKey").toString();
            return this;
        }

        /**
         * Sets the idempotency key to the name-based (version 5, SHA-1) UUID of {@code businessId}
         * in {@code namespace}: the same business id always gives the same key, so a retried
         * business operation reuses its key across process restarts. See {@link IdempotencyKeys}.
         *
         * @param namespace the partner's own namespace UUID, fixed per kind of operation
         * @param businessId the partner's identifier of the operation, for example an order number
         * @return this builder
         */
        public Builder idempotencyKey(java.util.UUID namespace, String businessId) {
            return idempotencyKey(IdempotencyKeys.derive(namespace, businessId));
        }

        /**
         * Sets {@code X-External-Correlation-Id}, which Wise echoes back. Wise's contract types it as
         * a UUID (at most 36 characters) and refuses anything else.
         *
         * @param correlationId the correlation id to send
         * @return this builder
         * @throws io.github.wisecards.core.errors.ValidationException naming {@code correlationId} if
         *     it is not a UUID (the value is not echoed)
         */
        public Builder correlationId(String correlationId) {
            Objects.requireNonNull(correlationId, "correlationId");
            this.correlationId = ContractFormats.requireUuid("request options", "correlationId", correlationId);
            return this;
        }

        /**
         * Sets {@code X-External-Correlation-Id} to {@code correlationId}.
         *
         * @param correlationId the correlation id to send
         * @return this builder
         */
        public Builder correlationId(java.util.UUID correlationId) {
            this.correlationId =
                    Objects.requireNonNull(correlationId, "correlationId").toString();
            return this;
        }

        /**
         * Adds a header to send with this call.
         *
         * @param name the header name
         * @param value the header value
         * @return this builder
         * @throws ValidationException for headers the SDK or HTTP manages ({@code Authorization},
         *     {@code User-Agent}, idempotency and correlation headers: use their own setters; {@code
         *     Host}, {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection}, ...: see
         *     the README), for a name that is not a valid header name, and for a value with CR, LF,
         *     other control characters or non-ASCII characters; the message never repeats the value
         */
        public Builder putHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            HeaderRules.checkHeader("request options", name, value);
            headers.put(name, value);
            return this;
        }

        /**
         * Names the user this call acts for, for a client whose token provider serves many users
         * ({@link io.github.wisecards.core.tokens.UserTokens}): the call is authorized with that
         * user's access token. Takes precedence over the user a {@code profileId} maps to. Other
         * token providers ignore it.
         *
         * @param user the partner's key of the user (for example its customer id): 1 to 128
         *     visible ASCII characters; not a secret, it appears in exception messages
         * @return this builder
         * @throws ValidationException naming {@code user} if it is empty, longer than 128
         *     characters or has characters other than visible ASCII
         */
        public Builder user(String user) {
            Objects.requireNonNull(user, "user");
            this.user = io.github.wisecards.core.internal.UserKeys.require("request options", user);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return a new {@code RequestOptions}
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
