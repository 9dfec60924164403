package io.github.wisecards.core.internal;

import io.github.wisecards.core.ApiResponse;
import io.github.wisecards.core.Sleeper;
import io.github.wisecards.core.errors.SdkException;
import java.time.Clock;

/**
 * What a built-in token provider needs from the client it is bound to: a way to call Wise's token
 * endpoint over the client's connection pool, and the client's clock and sleeper. Implemented by the SDK's
 * transport; an interface so the token providers need not know the transport (which needs them).
 */
public interface HttpStack {

    /**
     * Executes a request, blocking until it succeeds or fails for good.
     *
     * @param request the request
     * @param <T> the decoded result type
     * @return the response
     * @throws SdkException the typed failure
     */
    <T> ApiResponse<T> execute(ApiRequest<T> request);

    /**
     * Returns the clock of the client, used for token expiry.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * Returns the sleeper of the client, used by providers that wait for another instance's
     * refresh.
     *
     * @return the sleeper
     */
    Sleeper sleeper();
}
