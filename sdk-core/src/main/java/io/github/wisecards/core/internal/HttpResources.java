package io.github.wisecards.core.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;

/**
 * One OkHttp connection pool and dispatcher, owned by the client that created it and shared,
 * explicitly and with reference counting, with the clients derived from it ({@code
 * withOptions(..)}).
 *
 * <p>Created with one user ({@link #create}); each derived client adds one ({@link #share()}) and
 * every client gives its share back once when it closes ({@link #release()}). When the SDK
 * created the OkHttp client, the last release shuts it down (dispatcher threads stopped,
 * connections closed). A partner's OkHttp client is never shut down: its owner does that.
 * Thread-safe.
 */
public final class HttpResources {
    private final OkHttpClient base;
    private final boolean owned;
    // guarded by this
    private int users = 1;

    private HttpResources(OkHttpClient base, boolean owned) {
        this.base = base;
        this.owned = owned;
    }

    /**
     * Creates the resources of a new client, with that client as their one user.
     *
     * @param partnerClient the partner's OkHttp client, whose pool and dispatcher are used and
     *     never shut down; or null for a pool and dispatcher of the SDK's own
     * @return the resources
     */
    public static HttpResources create(OkHttpClient partnerClient) {
        return partnerClient != null
                ? new HttpResources(partnerClient, false)
                : new HttpResources(new OkHttpClient.Builder().build(), true);
    }

    /**
     * Adds a user: a client derived from one that uses these resources.
     *
     * @return these resources
     * @throws IllegalStateException if every user has released them
     */
    public synchronized HttpResources share() {
        if (users == 0) {
            throw new IllegalStateException("client is closed");
        }
        users++;
        return this;
    }

    /**
     * Gives one user's share back; the last one shuts the SDK's own OkHttp client down. Call once
     * per {@link #create} or {@link #share()}.
     */
    public void release() {
        synchronized (this) {
            if (users == 0 || --users > 0) {
                return;
            }
        }
        if (owned) {
            base.dispatcher().executorService().shutdown();
            base.connectionPool().evictAll();
        }
    }

    /**
     * Returns whether every user has released these resources.
     *
     * @return true once the last user released them
     */
    public synchronized boolean isReleased() {
        return users == 0;
    }

    /**
     * Returns an OkHttp client with the SDK's settings and the given timeouts that shares this
     * pool and dispatcher.
     *
     * @param connect the connect timeout of each attempt
     * @param read the read timeout of each attempt
     * @param write the write timeout of each attempt
     * @return the configured client
     */
    public OkHttpClient configure(Duration connect, Duration read, Duration write) {
        OkHttpClient.Builder b = base.newBuilder();
        b.interceptors().add(0, OkHttpGuards.TYPED_FAILURES);
        return b.addNetworkInterceptor(OkHttpGuards.SHIELD_RETRY_AFTER)
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(write.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(0, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                // Wise never redirects; following one re-sends bodies and headers elsewhere
                .followRedirects(false)
                .followSslRedirects(false)
                // a 401 is the token provider's to handle (one refresh, one retry), not an
                // OkHttp authenticator's hidden resend
                .authenticator(Authenticator.NONE)
                .build();
    }
}
