package io.github.wisecards.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.Address;
import io.github.wisecards.cards.model.CardOrder;
import io.github.wisecards.cards.model.Requirement;
import io.github.wisecards.cards.model.RequirementType;
import io.github.wisecards.kiosk.KioskClient;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.spring.test.AutoConfigureWiseSimulator;
import io.github.wisecards.testing.SentWebhook;
import io.github.wisecards.testing.WiseSimulator;
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
 * The whole kiosk flow of the example application against the embedded simulator: the app orders a
 * card, presets its PIN and sends it to a kiosk through the starter's clients; the simulator's
 * signed webhooks reach the app's real HTTP endpoint and arrive as Spring events; the SDK's meters
 * appear under the actuator's metrics endpoint.
 */
@SpringBootTest(
        classes = KioskApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"wise.auth.access-token=partner-token", "spring.main.banner-mode=off"})
@AutoConfigureWiseSimulator
class KioskApplicationTest {
    static final long PROFILE_ID = 123456L;
    static final String PROGRAM = "VISA_DEBIT_BUSINESS_UK_1_PHYSICAL_CARDS_API";
    static final String KIOSK_ID = "WIS00001";

    @Autowired
    KioskCheckout checkout;

    @Autowired
    CardEvents events;

    @Autowired
    WiseSimulator simulator;

    @Autowired
    CardsClient cards;

    @Autowired
    KioskClient kiosk;

    @Autowired
    Environment environment;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void kioskFlowReceivesEveryWebhookThroughTheEndpointAndRecordsTheSdksMetrics() throws Exception {
        Address address = Address.other("GB")
                .firstLine("56 Shoreditch High St")
                .city("London")
                .postCode("E1 6JJ")
                .build();
        CardOrder order = checkout.orderCard(PROFILE_ID, PROGRAM, "Ada Lovelace", address);
        // Wise's own checks (everything but the PIN) finish on its side
        for (Requirement r :
                cards.cardOrders().requirements(PROFILE_ID, order.id()).outstanding()) {
            if (!r.type().equals(RequirementType.PIN)) {
                simulator.completeRequirement(order.id(), r.type().raw());
            }
        }
        checkout.presetPin(order.id(), "2580".toCharArray());
        assertThat(simulator.pinMatches(order.id(), "2580")).isTrue();

        String cardToken = events.cardToken(order.id()).orElseThrow();
        assertThat(events.orderStatuses(order.id())).contains("PLACED", "CARD_DETAILS_CREATED");
        assertThat(events.productionStatuses(cardToken)).containsExactly("READY");

        assertThat(checkout.produce(PROFILE_ID, cardToken, KIOSK_ID).status().raw())
                .isEqualTo("IN_PROGRESS");
        // the kiosk prints the card (the sandbox's simulation endpoint)
        kiosk.cardProductions().simulate(PROFILE_ID, cardToken, CardProductionSimulateParams.produced());

        assertThat(events.productionStatuses(cardToken)).containsExactly("READY", "IN_PROGRESS", "PRODUCED");
        assertThat(events.orderStatuses(order.id())).endsWith("PRODUCED");
        List<SentWebhook> sent = simulator.webhooks();
        assertThat(sent)
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.responseStatus()).isEqualTo(200))
                .allSatisfy(w -> assertThat(w.url())
                        .hasValueSatisfying(
                                u -> assertThat(u).isEqualTo("http://127.0.0.1:" + port() + "/wise/webhooks")));

        JsonNode calls = metric("wise.client.requests");
        assertThat(count(calls)).isGreaterThanOrEqualTo(6);
        Map<String, List<String>> tags = tags(calls);
        assertThat(tags.get("uri"))
                .contains(
                        "/v3/spend/profiles/{profileId}/card-orders",
                        "/v3/spend/profiles/{profileId}/card-orders/{cardOrderId}/requirements",
                        "/v3/spend/profiles/{profileId}/cards/{cardToken}/production");
        assertThat(tags.get("outcome")).containsExactly("SUCCESS");
        assertThat(tags.keySet()).contains("method", "status", "exception", "retried");
        List<String> values = new ArrayList<>();
        tags.values().forEach(values::addAll);
        assertThat(values)
                .noneMatch(v -> v.contains(Long.toString(order.id())))
                .noneMatch(v -> v.contains(cardToken))
                .noneMatch(v -> v.contains(Long.toString(PROFILE_ID)));

        assertThat(count(metric("wise.webhooks.verified"))).isEqualTo(sent.size());
        assertThat(tags(metric("wise.webhooks.processing")).get("result")).containsExactly("PROCESSED");
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private JsonNode metric(String name) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/actuator/metrics/" + name))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET /actuator/metrics/%s", name).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static double count(JsonNode metric) {
        for (JsonNode m : metric.get("measurements")) {
            if (m.get("statistic").asText().equals("COUNT")) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + metric);
    }

    private static Map<String, List<String>> tags(JsonNode metric) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode t : metric.get("availableTags")) {
            List<String> values = new ArrayList<>();
            t.get("values").forEach(v -> values.add(v.asText()));
            out.put(t.get("tag").asText(), values);
        }
        return out;
    }
}
