package io.github.wisecards.cards;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.testkit.ModelInspector;
import io.github.wisecards.core.testkit.Responses;
import java.io.IOException;

/**
 * Fuzzes the decoding of every sdk-cards response through the endpoints' own decoders (the code
 * the transport runs on a 2xx body). Allowed: the decoder contract's {@link IOException} (the
 * transport turns it into an {@code InvalidResponseException}). On success, every accessor of the
 * result must work and return no null.
 *
 * <p>Lives with sdk-cards' own tests to reach the package-private
 * endpoint declarations.
 */
class CardsResponseFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void cardOrder(byte[] body) {
        decode(CardOrderCalls.RETRIEVE, body);
    }

    @FuzzTest(maxDuration = "60s")
    void cardOrderPage(byte[] body) {
        decode(CardOrderCalls.LIST, body);
    }

    @FuzzTest(maxDuration = "60s")
    void cardPrograms(byte[] body) {
        decode(CardOrderCalls.AVAILABILITY, body);
    }

    @FuzzTest(maxDuration = "60s")
    void requirements(byte[] body) {
        decode(CardOrderCalls.REQUIREMENTS, body);
    }

    @FuzzTest(maxDuration = "60s")
    void addressValidation(byte[] body) {
        decode(CardOrderCalls.VALIDATE_ADDRESS, body);
    }

    @FuzzTest(maxDuration = "60s")
    void encryptingKey(byte[] body) {
        decode(CardOrderCalls.FETCH_ENCRYPTING_KEY, body);
    }

    @FuzzTest(maxDuration = "60s")
    void pinPresetResult(byte[] body) {
        decode(CardOrderCalls.PRESET_PIN, body);
    }

    private static void decode(Endpoint<?> endpoint, byte[] body) {
        Object result;
        try {
            result = endpoint.decoder().decode(Responses.of(200, body));
        } catch (IOException expected) {
            return;
        }
        ModelInspector.inspect(result);
    }
}
