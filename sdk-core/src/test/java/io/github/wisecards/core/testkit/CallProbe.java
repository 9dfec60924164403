package io.github.wisecards.core.testkit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * An OkHttp client that reports when a request was sent and when a call was cancelled, so tests
 * can prove that cancelling a future reaches the HTTP call without sleeping.
 */
public final class CallProbe {
    private final CountDownLatch sent = new CountDownLatch(1);
    private final CountDownLatch canceled = new CountDownLatch(1);
    private final OkHttpClient client = new OkHttpClient.Builder()
            .eventListener(new EventListener() {
                @Override
                public void requestHeadersEnd(Call call, Request request) {
                    sent.countDown();
                }

                @Override
                public void canceled(Call call) {
                    canceled.countDown();
                }
            })
            .build();

    /** Returns the client to give the SDK ({@code ClientOptions.Builder.okHttpClient(..)}). */
    public OkHttpClient client() {
        return client;
    }

    /** Waits up to 10 s for a request's headers to be sent; returns whether they were. */
    public boolean awaitSent() throws InterruptedException {
        return sent.await(10, TimeUnit.SECONDS);
    }

    /** Waits up to 10 s for a call to be cancelled; returns whether one was. */
    public boolean awaitCanceled() throws InterruptedException {
        return canceled.await(10, TimeUnit.SECONDS);
    }

    /** Stops the client's threads and closes its connections (the SDK does not own it). */
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
