package io.github.wisecards.core.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Interceptors that keep OkHttp from acting behind the SDK's back, installed on every OkHttp
 * client the SDK derives (its own or the partner's).
 *
 * <ul>
 *   <li>{@link #SHIELD_RETRY_AFTER}, a network interceptor: OkHttp's follow-up logic re-sends a
 *       request answered 503 with {@code Retry-After: 0} (a hidden retry of a POST the SDK chose
 *       not to retry) and throws {@link NumberFormatException} on values of 2^31 or more. The
 *       header is moved aside before OkHttp sees it and put back by {@link #restore(Headers)}.
 *   <li>{@link #TYPED_FAILURES}, the outermost application interceptor: a {@link
 *       RuntimeException} thrown inside OkHttp or an interceptor becomes an {@link
 *       InterceptorFailure} (an {@link IOException}, so OkHttp reports it through the normal failure
 *       path instead of throwing on its dispatcher thread), which the SDK never retries.
 * </ul>
 */
final class OkHttpGuards {
    /** Where a 503's {@code Retry-After} waits while OkHttp's follow-up logic runs. */
    static final String SHIELDED_RETRY_AFTER = "X-Wise-Sdk-Shielded-Retry-After";

    static final Interceptor SHIELD_RETRY_AFTER = chain -> {
        Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (response.code() != 503 || retryAfter == null) {
            return response;
        }
        return response.newBuilder()
                .removeHeader("Retry-After")
                .header(SHIELDED_RETRY_AFTER, retryAfter)
                .build();
    };

    static final Interceptor TYPED_FAILURES = chain -> {
        try {
            return chain.proceed(chain.request());
        } catch (RuntimeException e) {
            throw new InterceptorFailure(e);
        }
    };

    private OkHttpGuards() {}

    /** Returns {@code headers} as the server sent them (the shielded header put back). */
    static Headers restore(Headers headers) {
        String shielded = headers.get(SHIELDED_RETRY_AFTER);
        if (shielded == null) {
            return headers;
        }
        return headers.newBuilder()
                .removeAll(SHIELDED_RETRY_AFTER)
                .set("Retry-After", shielded)
                .build();
    }

    /** A runtime failure inside OkHttp or an interceptor: a bug, never retried. */
    static final class InterceptorFailure extends IOException {
        private static final long serialVersionUID = 1L;

        InterceptorFailure(RuntimeException cause) {
            super("unexpected " + cause.getClass().getName() + " inside the HTTP client", cause);
        }
    }
}
