package io.github.wisecards.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.NotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

/**
 * With the actuator on the class path, the starter's clients and webhook endpoint record the SDK's
 * meters, read here through the real {@code /actuator/metrics} HTTP endpoint: the tags of {@code
 * wise.client.requests}, and none of high cardinality. Runs on Boot 3.5 and 4.0.
 */
@SpringBootTest(
        classes = ScratchApp.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "wise.auth.access-token=partner-token",
            "spring.main.banner-mode=off",
            "management.endpoints.web.exposure.include=metrics"
        })
@AutoConfigureWiseSimulator
class ActuatorMetricsTest {
    static final long PROFILE_ID = AutoConfigureWiseSimulatorTest.PROFILE_ID;
    static final String CORRELATION_ID = "3f2e1d0c-9b8a-4776-8554-433221100fed";

    @Autowired
    CardsClient cards;

    @Autowired
    Environment environment;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void wiseClientRequestsShowsTheOperationTagsAndNoneOfHighCardinality() throws Exception {
        CardOrder order = cards.cardOrders()
                .withRequestOptions(
                        RequestOptions.builder().correlationId(CORRELATION_ID).build())
                .create(PROFILE_ID, AutoConfigureWiseSimulatorTest.kioskOrder());
        cards.cardOrders().retrieve(PROFILE_ID, order.id());
        try {
            cards.cardOrders().retrieve(PROFILE_ID, order.id() + 1_000_000);
        } catch (NotFoundException expected) {
            // recorded as a CLIENT_ERROR
        }

        JsonNode calls = metric("wise.client.requests");
        assertThat(count(calls)).isEqualTo(3);
        Map<String, List<String>> tags = tags(calls);
        assertThat(tags)
                .containsEntry("method", List.of("GET", "POST"))
                .containsKeys("uri", "status", "exception", "outcome", "retried");
        assertThat(tags.get("uri"))
                .containsExactlyInAnyOrder(
                        "/v3/spend/profiles/{profileId}/card-orders",
                        "/v3/spend/profiles/{profileId}/card-orders/{cardOrderId}");
        assertThat(tags.get("status")).containsExactlyInAnyOrder("200", "404");
        assertThat(tags.get("outcome")).containsExactlyInAnyOrder("SUCCESS", "CLIENT_ERROR");
        assertThat(tags.get("exception")).containsExactlyInAnyOrder("none", "NotFoundException");
        List<String> values = new ArrayList<>();
        tags.values().forEach(values::addAll);
        assertThat(values)
                .noneMatch(v -> v.contains(Long.toString(order.id())))
                .noneMatch(v -> v.contains(Long.toString(PROFILE_ID)))
                .noneMatch(v -> v.contains(CORRELATION_ID))
                .noneMatch(v -> v.contains("partner-token"));
        order.cardToken().ifPresent(token -> assertThat(values).noneMatch(v -> v.contains(token)));

        assertThat(count(metric("wise.client.attempts"))).isEqualTo(3);
        assertThat(count(metric("wise.webhooks.verified"))).isGreaterThanOrEqualTo(1);
    }

    private JsonNode metric(String name) throws IOException, InterruptedException {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/metrics/" + name))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET /actuator/metrics/%s", name).isEqualTo(200);
        return json.readTree(answer.body());
    }

    static double count(JsonNode metric) {
        for (JsonNode m : metric.get("measurements")) {
            if (m.get("statistic").asText().equals("COUNT")) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + metric);
    }

    static Map<String, List<String>> tags(JsonNode metric) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode t : metric.get("availableTags")) {
            List<String> values = new ArrayList<>();
            t.get("values").forEach(v -> values.add(v.asText()));
            values.sort(null);
            out.put(t.get("tag").asText(), values);
        }
        return out;
    }
}
