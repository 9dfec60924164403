package io.github.wisecards.kiosk;

import static io.github.wisecards.kiosk.KioskTestSupport.CARD_TOKEN;
import static io.github.wisecards.kiosk.KioskTestSupport.PROFILE_ID;
import static io.github.wisecards.kiosk.KioskTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.internal.Json;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.kiosk.model.RequestErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example of card-kiosk-collection-api.md (fixtures under {@code
 * fixtures/reference/card-kiosk-collection-api}, the documented trailing comma fixed): the SDK
 * decodes each answer with every value kept and sends the reference's request body.
 */
class ReferenceExamplesTest {
    static final String REF = "/fixtures/reference/card-kiosk-collection-api/";

    @StartStop
    private final MockWebServer server = ContractCheck.mockWebServer();

    private final KioskTestSupport support = KioskTestSupport.create();

    static String text(String name) {
        try (InputStream in = ReferenceExamplesTest.class.getResourceAsStream(REF + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares the SDK's own JSON of a decoded model with the reference, nulls left out. */
    static void assertWrittenAs(CardProductionStatus status, String reference) {
        JsonNode expected = tree(reference);
        JsonNode written = written(status);
        expected.properties().forEach(e -> {
            if (e.getValue().isNull()) {
                assertThat(written.has(e.getKey())).as(e.getKey()).isFalse();
            } else {
                assertThat(written.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            }
        });
        assertThat(written.size()).isEqualTo(expected.size() - countNulls(expected));
    }

    /** The decoded status written back from its accessors, to prove the reader kept every value. */
    static JsonNode written(CardProductionStatus status) {
        ObjectNode out = Json.mapper().createObjectNode();
        if (!status.status().equals(ProductionStatus.ABSENT)) {
            out.put("status", status.status().raw());
        }
        status.kioskId().ifPresent(v -> out.put("kioskId", v));
        status.occurredAt().ifPresent(v -> out.put("occurredAt", v.toString()));
        status.errorCode().ifPresent(v -> out.put("errorCode", v));
        status.description().ifPresent(v -> out.put("description", v));
        return out;
    }

    static int countNulls(JsonNode node) {
        int n = 0;
        for (JsonNode v : node) {
            n += v.isNull() ? 1 : 0;
        }
        return n;
    }

    @Test
    void produceSendsTheReferenceRequestAndDecodesTheReferenceAnswer() throws Exception {
        server.enqueue(json(200, text("produce-card-response.json")));

        CardProductionStatus status = support.client(server)
                .cardProductions()
                .produce(
                        PROFILE_ID,
                        CARD_TOKEN,
                        CardProductionParams.builder().kioskId("WIS00001").build());

        assertThat(tree(server.takeRequest().getBody().utf8())).isEqualTo(tree(text("produce-card-request.json")));
        assertThat(status.status()).isEqualTo(ProductionStatus.IN_PROGRESS);
        assertThat(status.kioskId()).contains("WIS00001");
        assertThat(status.occurredAt()).contains(Instant.parse("2024-01-01T12:24:56.121Z"));
        assertWrittenAs(status, text("produce-card-response.json"));
    }

    @Test
    void produceDecodesTheReferenceErrorAnswer() {
        server.enqueue(json(422, text("produce-card-error-response.json")));

        assertThatThrownBy(() -> support.client(server)
                        .cardProductions()
                        .produce(
                                PROFILE_ID,
                                CARD_TOKEN,
                                CardProductionParams.builder()
                                        .kioskId("WIS00001")
                                        .build()))
                .isInstanceOfSatisfying(KioskRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(422);
                    assertThat(e.errorCode()).isEqualTo(RequestErrorCode.PIN_VERIFICATION_FAILED);
                    assertThat(e.productionStatus().status()).isEqualTo(ProductionStatus.REQUEST_ERROR);
                    assertWrittenAs(e.productionStatus(), text("produce-card-error-response.json"));
                });
    }

    @Test
    void retrieveDecodesTheReferenceReadyAnswer() {
        server.enqueue(json(200, text("retrieve-production-status-ready-response.json")));

        CardProductionStatus status = support.client(server).cardProductions().retrieve(PROFILE_ID, CARD_TOKEN);

        assertThat(status.status()).isEqualTo(ProductionStatus.READY);
        assertThat(status.kioskId()).isEmpty();
        assertThat(status.errorCode()).isEmpty();
        assertThat(status.description()).contains("Card ready for production");
        assertWrittenAs(status, text("retrieve-production-status-ready-response.json"));
    }
}
