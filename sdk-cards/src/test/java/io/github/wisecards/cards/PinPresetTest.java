package io.github.wisecards.cards;

import static io.github.wisecards.cards.Fixtures.body;
import static io.github.wisecards.cards.Fixtures.jsonResponse;
import static io.github.wisecards.cards.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.RSADecrypter;
import io.github.wisecards.cards.model.EncryptingKey;
import io.github.wisecards.cards.model.PinPresetResult;
import io.github.wisecards.contract.ContractCheck;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RequestOptions;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.InvalidResponseException;
import io.github.wisecards.core.errors.ValidationException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PinPresetTest {
    private static final String KEY_PATH = "/twcard-data/v1/clientSideEncryption/fetchEncryptingKey";
    private static final String PRESET_PATH = "/twcard-data/v1/sensitive-card-data/preset-pin";

    private static final KeyPair keys = TestKeys.rsa2048();

    @StartStop
    final MockWebServer api = ContractCheck.mockWebServer();

    @StartStop
    final MockWebServer cardData = ContractCheck.mockWebServer();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-09-19T06:49:49Z"));
    private CardsClient cards;

    @BeforeEach
    void setUp() {
        cards = TestClients.builder(api, cardData, clock).build();
    }

    @AfterEach
    void tearDown() {
        cards.close();
    }

    private static String derBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    private static String pem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'})
                        .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String keyJson(int version, String key) {
        return "{\"version\":" + version + ",\"key\":\"" + key.replace("\n", "\\n") + "\"}";
    }

    private static JWEObject decrypt(String compact) throws Exception {
        JWEObject jwe = JWEObject.parse(compact);
        jwe.decrypt(new RSADecrypter(keys.getPrivate()));
        return jwe;
    }

    private void assertPresetRequest(RecordedRequest request, JWEAlgorithm expectedAlg) throws Exception {
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo(PRESET_PATH);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
        assertThat(request.getHeaders().get("x-tw-twcard-order-id")).isEqualTo("142");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = body(request);
        assertThat(body.get("keyVersion").asInt()).isEqualTo(1);
        assertThat(body.size()).isEqualTo(2);
        JWEObject jwe = decrypt(body.get("encryptedPayload").asText());
        assertThat(jwe.getHeader().getAlgorithm()).isEqualTo(expectedAlg);
        assertThat(jwe.getHeader().getEncryptionMethod()).isEqualTo(EncryptionMethod.A256GCM);
        assertThat(jwe.getPayload().toString()).isEqualTo("{\"pin\":\"1234\"}");
    }

    @Test
    void presetPinDefaultsToRsaOaep256WithA256GcmAndClearsThePin() throws Exception {
        cardData.enqueue(jsonResponse(200, keyJson(1, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        char[] pin = {'1', '2', '3', '4'};

        PinPresetResult result = cards.cardOrders().presetPin(142, pin);

        assertThat(pin).containsOnly('\0');
        assertThat(result.cardOrderId()).contains("142");
        RecordedRequest keyRequest = cardData.takeRequest();
        assertThat(keyRequest.getMethod()).isEqualTo("GET");
        assertThat(keyRequest.getTarget()).isEqualTo(KEY_PATH);
        assertThat(keyRequest.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
        assertPresetRequest(cardData.takeRequest(), JWEAlgorithm.RSA_OAEP_256);
        assertThat(api.getRequestCount()).isZero();
    }

    @Test
    void presetPinAcceptsBareBase64DerKeyAndEncryptsWithRsa15WhenChosen() throws Exception {
        cardData.enqueue(jsonResponse(200, keyJson(1, derBase64())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));

        cards.cardOrders()
                .withRequestOptions(RequestOptions.builder()
                        .correlationId("0f8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4")
                        .build())
                .presetPin(142, "1234".toCharArray(), PinEncryptionAlgorithm.RSA1_5);

        cardData.takeRequest();
        RecordedRequest preset = cardData.takeRequest();
        assertPresetRequest(preset, JWEAlgorithm.RSA1_5);
        assertThat(preset.getHeaders().get("X-External-Correlation-Id"))
                .isEqualTo("0f8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4");
    }

    @Test
    void encryptingKeyIsCachedAndFetchedAgainAfterAnHour() throws Exception {
        cardData.enqueue(jsonResponse(200, keyJson(1, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        cardData.enqueue(jsonResponse(200, keyJson(1, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));

        cards.cardOrders().presetPin(142, "1234".toCharArray());
        cards.cardOrders().presetPin(142, "1234".toCharArray());
        clock.advance(Duration.ofMinutes(61));
        cards.cardOrders().presetPin(142, "1234".toCharArray());

        assertThat(cardData.takeRequest().getTarget()).isEqualTo(KEY_PATH);
        assertThat(cardData.takeRequest().getTarget()).isEqualTo(PRESET_PATH);
        assertThat(cardData.takeRequest().getTarget()).isEqualTo(PRESET_PATH);
        assertThat(cardData.takeRequest().getTarget()).isEqualTo(KEY_PATH);
        assertThat(cardData.takeRequest().getTarget()).isEqualTo(PRESET_PATH);
    }

    @Test
    void fetchEncryptingKeyReturnsVersionAndKeyAndUpdatesTheCache() throws Exception {
        cardData.enqueue(jsonResponse(200, keyJson(2, derBase64())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));

        EncryptingKey key = cards.cardOrders().fetchEncryptingKey();
        cards.cardOrders().presetPin(142, "1234".toCharArray());

        assertThat(key.version()).isEqualTo(2);
        assertThat(key.key()).isEqualTo(derBase64());
        assertThat(key.toString()).doesNotContain(derBase64());
        assertThat(cardData.takeRequest().getTarget()).isEqualTo(KEY_PATH);
        RecordedRequest preset = cardData.takeRequest();
        assertThat(preset.getTarget()).isEqualTo(PRESET_PATH);
        assertThat(body(preset).get("keyVersion").asInt()).isEqualTo(2);
    }

    @Test
    void pinsWithTheDigitsZeroAndNineAreEncryptedAsGiven() throws Exception {
        cardData.enqueue(jsonResponse(200, keyJson(1, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        cardData.enqueue(ok("pin/preset-pin-response.json"));

        cards.cardOrders().presetPin(142, "0909".toCharArray());
        cards.cardOrders().presetPin(142, "9000".toCharArray());

        cardData.takeRequest(); // the key
        for (String expected : new String[] {"0909", "9000"}) {
            JsonNode body = body(cardData.takeRequest());
            assertThat(decrypt(body.get("encryptedPayload").asText())
                            .getPayload()
                            .toString())
                    .isEqualTo("{\"pin\":\"" + expected + "\"}");
        }
    }

    @Test
    void charactersJustOutsideTheDigitsAreRefused() {
        // '/' and ':' are the characters either side of '0'..'9' in ASCII
        for (String bad : new String[] {"/123", "123:", "12/4", "1:34"}) {
            assertThatThrownBy(() -> cards.cardOrders().presetPin(142, bad.toCharArray()))
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(cardData.getRequestCount()).isZero();
    }

    @Test
    void theSameKeyVersionReServedWithNewKeyMaterialReplacesTheCachedKey() throws Exception {
        KeyPair rotated = TestKeys.otherRsa2048();
        String rotatedDer = TestKeys.publicKeyDer(rotated);
        cardData.enqueue(jsonResponse(200, keyJson(1, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        cardData.enqueue(jsonResponse(200, keyJson(1, rotatedDer)));
        cardData.enqueue(ok("pin/preset-pin-response.json"));

        cards.cardOrders().presetPin(142, "1234".toCharArray());
        clock.advance(Duration.ofMinutes(61));
        cards.cardOrders().presetPin(142, "5678".toCharArray());

        cardData.takeRequest();
        cardData.takeRequest();
        cardData.takeRequest();
        JWEObject second = JWEObject.parse(
                body(cardData.takeRequest()).get("encryptedPayload").asText());
        // encrypted under the new material of version 1, not the key cached for version 1 before
        second.decrypt(new RSADecrypter(rotated.getPrivate()));
        assertThat(second.getPayload().toString()).isEqualTo("{\"pin\":\"5678\"}");
    }

    @Test
    void invalidPinIsRejectedLocallyClearedAndNothingSent() {
        for (String bad : new String[] {"123", "12345", "12a4", "", "１２３４"}) {
            char[] pin = bad.toCharArray();

            assertThatThrownBy(() -> cards.cardOrders().presetPin(142, pin))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations())
                                .containsExactly(FieldViolation.of("pin", "Must be exactly 4 digits"));
                        assertThat(e.getMessage()).doesNotContain(bad.isEmpty() ? "\0" : bad);
                    });
            assertThat(new String(pin).replace("\0", "")).isEmpty();
        }
        assertThat(cardData.getRequestCount()).isZero();
    }

    @Test
    void asyncPresetPinEncryptsAndSends() throws Exception {
        cardData.enqueue(jsonResponse(200, keyJson(1, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        char[] pin = "1234".toCharArray();

        PinPresetResult result =
                cards.cardOrders().async().presetPin(142, pin).get(60, TimeUnit.SECONDS); // a hang guard only

        assertThat(pin).containsOnly('\0');
        assertThat(result.cardOrderId()).contains("142");
        assertThat(cardData.takeRequest().getTarget()).isEqualTo(KEY_PATH);
        assertPresetRequest(cardData.takeRequest(), JWEAlgorithm.RSA_OAEP_256);
    }

    @Test
    void asyncPresetPinReusesTheCachedKeyUntilItIsAnHourOld() throws Exception {
        cardData.enqueue(jsonResponse(200, keyJson(1, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        cardData.enqueue(jsonResponse(200, keyJson(2, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));
        var async = cards.cardOrders().async();

        async.presetPin(142, "1234".toCharArray()).get(60, TimeUnit.SECONDS); // a hang guard only
        async.presetPin(142, "1234".toCharArray()).get(60, TimeUnit.SECONDS);
        clock.advance(Duration.ofMinutes(61));
        async.presetPin(142, "1234".toCharArray()).get(60, TimeUnit.SECONDS);

        assertThat(cardData.takeRequest().getTarget()).isEqualTo(KEY_PATH);
        assertThat(body(cardData.takeRequest()).get("keyVersion").asInt()).isEqualTo(1);
        assertThat(body(cardData.takeRequest()).get("keyVersion").asInt()).isEqualTo(1);
        assertThat(cardData.takeRequest().getTarget()).isEqualTo(KEY_PATH);
        assertThat(body(cardData.takeRequest()).get("keyVersion").asInt()).isEqualTo(2);
    }

    @Test
    void anEncryptingKeyShorterThan2048BitsIsRefusedAndThePinNeverSent() throws Exception {
        String shortKey = TestKeys.publicKeyDer(TestKeys.rsa(1024));
        cardData.enqueue(jsonResponse(200, keyJson(3, shortKey)));

        assertThatThrownBy(() -> cards.cardOrders().presetPin(142, "1234".toCharArray()))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("version 3")
                .hasMessageContaining("1024 bits")
                .hasMessageNotContaining(shortKey);
        assertThat(cardData.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rawPresetPinExposesStatusAndTraceId() throws Exception {
        cardData.enqueue(jsonResponse(200, keyJson(1, pem())));
        cardData.enqueue(ok("pin/preset-pin-response.json"));

        var response = cards.cardOrders().withRawResponse().presetPin(142, "1234".toCharArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.traceId()).contains("trace-200");
        assertThat(response.data().cardOrderId()).contains("142");
    }

    @Test
    void unparseableKeyFailsAsInvalidResponseWithoutSendingThePin() {
        cardData.enqueue(jsonResponse(200, keyJson(1, "not a key!")));

        assertThatThrownBy(() -> cards.cardOrders().presetPin(142, "1234".toCharArray()))
                .isInstanceOf(InvalidResponseException.class);
        assertThat(cardData.getRequestCount()).isEqualTo(1);
    }

    @Test
    void plaintextShapeIsBuiltInOnePlace() {
        byte[] plaintext = PinJweEncrypter.plaintext("0042".toCharArray());

        assertThat(new String(plaintext, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("{\"pin\":\"0042\"}");
    }
}
