package io.github.wisecards.benchmarks.raw;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The raw baseline: the card order calls written directly with OkHttp and Jackson, as a careful
 * caller would without the SDK (bearer token, JSON body, idempotency key on create, status check,
 * streaming parse into POJOs). No retries, validation or error mapping. Thread-safe.
 */
public final class RawCardOrderApi {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl orders;
    private final String authorization;
    private final ObjectMapper mapper;

    /**
     * @param http the OkHttp client (the same settings the SDK is given)
     * @param baseUrl the API base URL
     * @param profileId the profile whose card orders are called
     * @param accessToken the bearer token
     */
    public RawCardOrderApi(OkHttpClient http, String baseUrl, long profileId, String accessToken) {
        this.http = http;
        this.orders = HttpUrl.get(baseUrl + "/v3/spend/profiles/" + profileId + "/card-orders");
        this.authorization = "Bearer " + accessToken;
        this.mapper = newMapper();
    }

    /** Returns the ObjectMapper a raw caller configures for this API. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** GET one card order. */
    public RawCardOrder retrieve(long cardOrderId) throws IOException {
        Request request = new Request.Builder()
                .url(orders.newBuilder()
                        .addPathSegment(Long.toString(cardOrderId))
                        .build())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .build();
        return call(request, RawCardOrder.class);
    }

    /** POST a card order with a fresh idempotency key. */
    public RawCardOrder create(RawCardOrderCreateRequest body) throws IOException {
        Request request = new Request.Builder()
                .url(orders)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("X-idempotence-uuid", UUID.randomUUID().toString())
                .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON))
                .build();
        return call(request, RawCardOrder.class);
    }

    /** GET one page of card orders. */
    public RawCardOrderPage list(int pageNumber, int pageSize) throws IOException {
        Request request = new Request.Builder()
                .url(orders.newBuilder()
                        .addQueryParameter("pageSize", Integer.toString(pageSize))
                        .addQueryParameter("pageNumber", Integer.toString(pageNumber))
                        .build())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .build();
        return call(request, RawCardOrderPage.class);
    }

    /**
     * Pages through every card order, {@code pageSize} per request, handing each to {@code sink};
     * stops after the page that reaches {@code totalCount} or an empty page. Returns the count.
     */
    public long forEach(int pageSize, Consumer<RawCardOrder> sink) throws IOException {
        long seen = 0;
        for (int pageNumber = 1; ; pageNumber++) {
            RawCardOrderPage page = list(pageNumber, pageSize);
            for (RawCardOrder order : page.cardOrders) {
                sink.accept(order);
            }
            seen += page.cardOrders.size();
            if (page.cardOrders.isEmpty() || (long) pageNumber * pageSize >= page.totalCount) {
                return seen;
            }
        }
    }

    private <T> T call(Request request, Class<T> type) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " for " + request.method() + " " + request.url());
            }
            try (InputStream in = response.body().byteStream()) {
                return mapper.readValue(in, type);
            }
        }
    }
}
