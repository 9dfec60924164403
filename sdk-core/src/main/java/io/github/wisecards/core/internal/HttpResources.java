package io.github.wisecards.core.internal;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.internal.auth.BindableTokenProvider;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;

/**
 * The HTTP resources behind one {@link ClientOptions} and every options derived from it: one
 * OkHttp connection pool and dispatcher, shared by every client built from them.
 *
 * <p>When the SDK created the OkHttp client itself, it is released (dispatcher threads stopped,
 * connections closed) when the last client using it is closed and its calls have ended, and
 * created again only for a client built afterwards, never for a call of a closed one. A caller's
 * OkHttp client is never closed. Thread-safe.
 */
public final class HttpResources {
    private static volatile Function<ClientOptions, HttpResources> accessor;

    private final Root root;
    private final ClientOptions options;
    private OkHttpClient configured;
    private long configuredGeneration = -1;

    private HttpResources(Root root, ClientOptions options) {
        this.root = root;
        this.options = options;
    }

    /** Called once by {@link ClientOptions} to give the SDK's modules access to its resources. */
    public static void registerAccessor(Function<ClientOptions, HttpResources> a) {
        accessor = a;
    }

    /** Returns the resources of {@code options}. */
    public static HttpResources of(ClientOptions options) {
        Objects.requireNonNull(options, "options");
        return accessor.apply(options);
    }

    /**
     * Creates the resources of new options.
     *
     * @param custom the caller's OkHttp client, or null
     * @param sharedFrom options whose pool to share, or null
     */
    public static HttpResources create(ClientOptions options, OkHttpClient custom, ClientOptions sharedFrom) {
        Root root = sharedFrom != null ? of(sharedFrom).root : new Root(custom);
        return new HttpResources(root, options);
    }

    /** Binds a built-in token provider to these resources; returns other providers unchanged. */
    public TokenProvider bind(TokenProvider provider) {
        if (provider instanceof BindableTokenProvider b) {
            return b.bind(options, new Transport(options, this, null));
        }
        return provider;
    }

    /** Returns the OkHttp client configured with the options' timeouts, sharing the pool. */
    public synchronized OkHttpClient client() {
        OkHttpClient base;
        long generation;
        synchronized (root) {
            base = root.base();
            generation = root.generation;
        }
        if (configured == null || configuredGeneration != generation) {
            OkHttpClient.Builder b = base.newBuilder();
            b.interceptors().add(0, OkHttpGuards.TYPED_FAILURES);
            configured = b.addNetworkInterceptor(OkHttpGuards.SHIELD_RETRY_AFTER)
                    .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .callTimeout(0, TimeUnit.MILLISECONDS)
                    .retryOnConnectionFailure(false)
                    // Wise never redirects; following one re-sends bodies and headers elsewhere
                    .followRedirects(false)
                    .followSslRedirects(false)
                    // a 401 is the token provider's to handle (one refresh, one retry), not an
                    // OkHttp authenticator's hidden resend
                    .authenticator(Authenticator.NONE)
                    .build();
            configuredGeneration = generation;
        }
        return configured;
    }

    /** Records that a client uses these resources. */
    public void retain() {
        synchronized (root) {
            root.users++;
            root.shutDown = false;
        }
    }

    /** Records that a client stopped using these resources; the last one releases them. */
    public void release() {
        synchronized (root) {
            if (root.users > 0 && --root.users == 0) {
                root.shutdown();
            }
        }
    }

    private static final class Root {
        private final OkHttpClient custom;
        private OkHttpClient owned;
        private int users;
        private long generation;
        private boolean shutDown;

        Root(OkHttpClient custom) {
            this.custom = custom;
        }

        OkHttpClient base() {
            if (custom != null) {
                return custom;
            }
            if (owned == null && shutDown) {
                // every client using these resources was closed: never re-create a client no one owns
                throw new IllegalStateException("client is closed");
            }
            if (owned == null) {
                owned = new OkHttpClient.Builder().build();
                generation++;
            }
            return owned;
        }

        void shutdown() {
            shutDown = true;
            if (owned != null) {
                owned.dispatcher().executorService().shutdown();
                owned.connectionPool().evictAll();
                owned = null;
            }
        }
    }
}
