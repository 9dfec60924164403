package io.github.wisecards.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.testkit.LogCapture;
import io.github.wisecards.core.testkit.MockServers;
import org.junit.jupiter.api.Test;

/**
 * TRACE logs of card order bodies: personal data (holder name, phone, address) is masked by
 * default with the JSON structure and field names kept; {@code logPersonalData(true)} shows it in
 * development (never in production), and secrets stay redacted either way.
 */
class PersonalDataLogTest extends HostileServerBase {
    private static final String[] PERSONAL = {
        "John Smith", "JOHN SMITH", "+441234567890", "56 Shoreditch High St", "E1 6JJ"
    };

    private String createAtTrace(CardsClient client) {
        server.enqueue(MockServers.json(200, Hostile.CARD_ORDER));
        try (LogCapture capture = LogCapture.start("io.github.wisecards")) {
            client.cardOrders().create(Hostile.PROFILE_ID, Hostile.createParams());
            return capture.text();
        }
    }

    @Test
    void traceLogsMaskCardHolderNamePhoneAndAddressKeepingFieldNames() {
        cards = cardsBuilder().build();

        String logs = createAtTrace(cards);

        for (String value : PERSONAL) {
            assertThat(logs).doesNotContain(value);
        }
        assertThat(logs)
                .contains("\"cardHolderName\":\"[MASKED]\"")
                .contains("\"phoneNumber\":\"[MASKED]\"")
                .contains("\"firstLine\":\"[MASKED]\"")
                .contains("\"postCode\":\"[MASKED]\"")
                .contains("\"country\":\"GB\"")
                .contains("\"status\":\"PLACED\"");
    }

    @Test
    void logPersonalDataShowsFullBodiesButStillRedactsSecrets() {
        cards = cardsBuilder().logPersonalData(true).build();

        String logs = createAtTrace(cards);

        assertThat(logs).contains("John Smith").contains("+441234567890");
        assertThat(logs).doesNotContain(Hostile.ACCESS_TOKEN).doesNotContain(Hostile.CARD_TOKEN);
    }

    @Test
    void logPersonalDataIsRefusedForProduction() {
        assertThatThrownBy(() -> CardsClient.builder()
                        .environment(Environment.PRODUCTION)
                        .accessToken(Hostile.ACCESS_TOKEN)
                        .logPersonalData(true)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("logPersonalData");
    }
}
