package io.github.wisecards.core.internal;

import static io.github.wisecards.core.testkit.MockServers.json;
import static io.github.wisecards.core.testkit.MockServers.jsonBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wisecards.core.CallEnd;
import io.github.wisecards.core.CallObserver;
import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.RequestListener;
import io.github.wisecards.core.errors.ApiConnectionException;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.RedirectNotFollowedException;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.testkit.MockServers;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Edges of the transport's helpers that the end-to-end tests do not pin down. */
class InternalEdgesTest {
    @StartStop
    final MockWebServer server = MockServers.newServer();

    private final TestOptions test = new TestOptions();

    record Named(String name) {}

    private static final JsonBody.Writer<Named> NAMED = (out, v) -> {
        out.writeStartObject();
        JsonBody.string(out, "name", v.name());
        JsonBody.string(out, "absent", null);
        out.writeEndObject();
    };

    @Test
    void aJsonBodyWritesItsValueTheSameWayEverywhere() throws Exception {
        JsonBody<Named> body = JsonBody.of(new Named("n"), NAMED);

        assertThat(body.value()).isEqualTo(new Named("n"));
        assertThat(body.toJson()).isEqualTo("{\"name\":\"n\"}");
        assertThat(new String(body.toBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"n\"}");
        assertThat(Json.mapper().writeValueAsString(body)).isEqualTo("{\"name\":\"n\"}");
        StringWriter typed = new StringWriter();
        try (JsonGenerator gen = Json.mapper().getFactory().createGenerator(typed)) {
            body.serializeWithType(gen, null, null);
        }
        assertThat(typed).hasToString("{\"name\":\"n\"}");
        assertThat(body).hasToString("Named[name=n]");
    }

    @Test
    void aRedirectNamesTheHostItsLocationPointsTo() {
        server.enqueue(jsonBuilder(302, "{}")
                .setHeader("Location", "https://elsewhere.example/v1/things/1")
                .build());
        server.enqueue(json(302, "{}"));

        try (Transport t = Transport.create(test.builder(server).build())) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                    .isInstanceOfSatisfying(RedirectNotFollowedException.class, e -> {
                        assertThat(e.locationHost()).hasValue("elsewhere.example");
                        assertThat(e.headers()).containsKey("location");
                    });
            assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                    .isInstanceOfSatisfying(
                            RedirectNotFollowedException.class,
                            e -> assertThat(e.locationHost()).isEmpty());
        }
    }

    @Test
    void aCallsReportedDurationIsItsOwn() {
        server.enqueue(json(200, Thing.JSON));
        List<CallEnd> ends = new CopyOnWriteArrayList<>();
        RequestListener listener = new RequestListener() {
            @Override
            public void onAttempt(RequestAttempt attempt) {}

            @Override
            public CallObserver onCallStart(io.github.wisecards.core.CallStart call) {
                return ends::add;
            }
        };

        try (Transport t = Transport.create(
                test.builder(server).addRequestListener(listener).build())) {
            t.execute(Thing.get(1).build());
        }

        assertThat(ends)
                .singleElement()
                .satisfies(e -> assertThat(e.duration())
                        .isGreaterThanOrEqualTo(Duration.ZERO)
                        .isLessThan(Duration.ofMinutes(1)));
    }

    @Test
    void aRuntimeFailureInsideOkHttpIsATypedConnectionFailureNeverRetried() {
        OkHttpClient broken = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    throw new IllegalStateException("partner interceptor bug");
                })
                .build();

        try (Transport t =
                Transport.create(test.builder(server).okHttpClient(broken).build())) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                    .isInstanceOfSatisfying(
                            ApiConnectionException.class,
                            e -> assertThat(e.getCause()).isInstanceOf(OkHttpGuards.InterceptorFailure.class));
        }
        assertThat(test.sleeper.sleeps()).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void closingTheLastClientEmptiesItsConnectionPool() throws Exception {
        server.enqueue(json(200, Thing.JSON));
        Transport t = Transport.create(test.builder(server).build());
        t.execute(Thing.get(1).build());
        assertThat(t.httpClient().connectionPool().connectionCount()).isEqualTo(1);

        t.close();

        assertThat(t.httpClient().connectionPool().connectionCount()).isZero();
    }

    @Test
    void onlyEndpointsDeclaredSandboxOnlyAreSandboxOnly() {
        assertThat(Thing.GET.sandboxOnly()).isFalse();
        assertThat(Thing.GET).hasToString("GET /v1/things/{thingId}");
        assertThatThrownBy(() -> Thing.GET.sandboxRefusal("/v1/things/1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("GET /v1/things/{thingId} is not sandbox-only");
    }

    @Test
    void aUuidCardTokenParameterIsSensitiveAndChecked() {
        PathParam<String> token = PathParam.uuidCardToken("cardToken");
        Endpoint<Void> byToken = Endpoint.builder("GET", "/v1/cards/{cardToken}", ResponseDecoder.none())
                .pathParams(token)
                .build();

        assertThat(byToken.request()
                        .path(token, "4dc0be88-903f-49e4-8237-735f1139e3dd")
                        .build()
                        .maskedPath())
                .isEqualTo("/v1/cards/****e3dd");
        assertThatThrownBy(() -> byToken.request().path(token, "not-a-uuid"))
                .isInstanceOf(ValidationException.class)
                .hasMessageNotContaining("not-a-uuid");
    }

    @Test
    void aUserKeyIsOneTo128VisibleAsciiCharacters() {
        for (String user : new String[] {"!", "~", "u".repeat(UserKeys.MAX_LENGTH)}) {
            assertThat(UserKeys.require("s", user)).isEqualTo(user);
        }
        for (String user : new String[] {"", "u".repeat(UserKeys.MAX_LENGTH + 1), "a b", "a\u007fb"}) {
            assertThatThrownBy(() -> UserKeys.require("s", user)).as(user).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void theHeadersOfAnErrorAreKept() {
        server.enqueue(jsonBuilder(404, "{}").setHeader("X-Trace-Id", "t-9").build());

        try (Transport t = Transport.create(test.builder(server).build())) {
            assertThatThrownBy(() -> t.execute(Thing.get(1).build()))
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            e -> assertThat(e.headers()).containsEntry("x-trace-id", List.of("t-9")));
        }
    }
}
