package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp client for the simulator's tests (the SDK clients live in other modules). */
final class SimHttp {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final long PROFILE = 123456L;
    static final String ORDERS = "/v3/spend/profiles/" + PROFILE + "/card-orders";

    private static final OkHttpClient CLIENT =
            new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private static final MediaType JSON = MediaType.get("application/json");

    record Answer(int code, Headers headers, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final WiseSimulator simulator;
    private String token;

    SimHttp(WiseSimulator simulator) {
        this.simulator = simulator;
        this.token = simulator.accessToken();
    }

    SimHttp token(String token) {
        this.token = token;
        return this;
    }

    Answer get(String path) {
        return send(request(path).get());
    }

    Answer post(String path, String json) {
        return send(request(path).post(RequestBody.create(json, JSON)));
    }

    Answer post(String path, String json, String headerName, String headerValue) {
        return send(request(path).header(headerName, headerValue).post(RequestBody.create(json, JSON)));
    }

    Answer put(String path, String json) {
        return send(request(path).put(RequestBody.create(json, JSON)));
    }

    Answer send(Request.Builder builder) {
        try (Response r = CLIENT.newCall(builder.build()).execute()) {
            return new Answer(r.code(), r.headers(), r.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a request to the host that serves {@code path} (the card-data host for {@code /twcard-data}). */
    Request.Builder request(String path) {
        return request(path.startsWith("/twcard-data/") ? simulator.cardDataBaseUrl() : simulator.apiBaseUrl(), path);
    }

    /** Returns a request to {@code path} on the given host, right or wrong. */
    Request.Builder request(String baseUrl, String path) {
        Request.Builder b = new Request.Builder().url(baseUrl + path);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** Creates an order with a fresh idempotency key and returns the answer. */
    Answer createOrder(String body) {
        return post(ORDERS, body, "X-idempotence-uuid", UUID.randomUUID().toString());
    }

    /** Creates an order and returns its ID, failing on any other status than 200. */
    long createdOrderId(String body) {
        Answer a = createOrder(body);
        if (a.code() != 200) {
            throw new AssertionError("create answered " + a.code() + ": " + a.body());
        }
        return a.json().get("id").asLong();
    }

    static String kioskOrder() {
        return """
                {"program":"VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API","cardHolderName":"John Smith",
                 "embossedName":"JOHN SMITH","phoneNumber":"+441234567890",
                 "address":{"firstLine":"56 Shoreditch High St","secondLine":"The Tea Bldg","thirdLine":null,
                   "city":"London","postCode":"E1 6JJ","state":null,"country":"GB"},
                 "deliveryOption":"KIOSK_COLLECTION","lifetimeLimit":100}""";
    }

    static String virtualOrder() {
        return """
                {"program":"VISA_DEBIT_BUSINESS_UK_1_CARDS_API","cardHolderName":"Jane Doe",
                 "address":{"firstLine":"1 Paya Lebar Link","secondLine":"#13-06 PLQ 2","thirdLine":"Paya Lebar Quarter",
                   "city":"Singapore","postCode":"408533","state":null,"country":"SG"}}""";
    }
}
