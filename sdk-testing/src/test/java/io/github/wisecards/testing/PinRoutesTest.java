package io.github.wisecards.testing;

import static io.github.wisecards.testing.SimHttp.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PinRoutesTest {
    private static final String KEY = "/twcard-data/v1/clientSideEncryption/fetchEncryptingKey";
    private static final String PRESET = "/twcard-data/v1/sensitive-card-data/preset-pin";

    private WiseSimulator simulator = WiseSimulator.started();
    private final SimHttp http = new SimHttp(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    private RSAPublicKey fetchKey() throws Exception {
        String key = http.get(KEY).json().get("key").asText();
        String base64 = key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private String jwe(String plaintext, JWEAlgorithm alg, EncryptionMethod enc) throws Exception {
        JWEObject jwe = new JWEObject(new JWEHeader(alg, enc), new Payload(plaintext));
        jwe.encrypt(new RSAEncrypter(fetchKey()));
        return jwe.serialize();
    }

    private SimHttp.Answer preset(long orderId, String payload) {
        return http.post(
                PRESET,
                "{\"keyVersion\":1,\"encryptedPayload\":\"" + payload + "\"}",
                "x-tw-twcard-order-id",
                String.valueOf(orderId));
    }

    @Test
    void fetchEncryptingKeyServesVersion1AsBase64DerByDefaultAndPemOnRequest() throws Exception {
        SimHttp.Answer a = http.get(KEY);
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.json().get("version").asInt()).isEqualTo(1);
        assertThat(a.json().get("key").asText()).doesNotContain("BEGIN").startsWith("MIIBIjAN");
        assertThat(fetchKey().getModulus().bitLength()).isEqualTo(2048);

        simulator.close();
        simulator = WiseSimulator.builder().encryptionKeyPem(true).build().start();
        assertThat(new SimHttp(simulator).get(KEY).json().get("key").asText())
                .startsWith("-----BEGIN PUBLIC KEY-----\n");
    }

    @Test
    void presetPinWithRsa15DecryptsCompletesThePinRequirementAndAdvancesTheOrder() throws Exception {
        long id = http.createdOrderId(SimHttp.kioskOrder());

        SimHttp.Answer a = preset(id, jwe("{\"pin\":\"1234\"}", JWEAlgorithm.RSA1_5, EncryptionMethod.A256GCM));

        assertThat(a.code()).isEqualTo(200);
        assertThat(a.json().toString()).isEqualTo("{\"cardOrderId\":\"" + id + "\"}");
        assertThat(simulator.requirementStatus(id, "PIN")).contains("COMPLETED");
        assertThat(simulator.cardOrderStatus(id)).isEqualTo("CARD_DETAILS_CREATED");
        assertThat(simulator.pinMatches(id, "1234")).isTrue();
        assertThat(simulator.pinMatches(id, "4321")).isFalse();
        assertThat(simulator.pinAlgorithm(id)).contains("RSA1_5");
    }

    @Test
    void presetPinAcceptsRsaOaep256AndRecordsTheAlgorithm() throws Exception {
        long id = http.createdOrderId(SimHttp.kioskOrder());
        assertThat(simulator.pinAlgorithm(id)).isEmpty();
        String payload = jwe("{\"pin\":\"0000\"}", JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM);

        assertThat(preset(id, payload).code()).isEqualTo(200);
        assertThat(simulator.pinMatches(id, "0000")).isTrue();
        assertThat(simulator.pinAlgorithm(id)).contains("RSA-OAEP-256");
    }

    @Test
    void presetPinRejectsPinsThatAreNotFourDigits() throws Exception {
        long id = http.createdOrderId(SimHttp.kioskOrder());
        for (String pin : new String[] {"123", "12345", "12a4"}) {
            SimHttp.Answer a =
                    preset(id, jwe("{\"pin\":\"" + pin + "\"}", JWEAlgorithm.RSA1_5, EncryptionMethod.A256GCM));
            assertThat(a.code()).isEqualTo(400);
            assertThat(a.json().get("errors").get(0).get("code").asText()).isEqualTo("error.pin.format");
            assertThat(a.body()).doesNotContain(pin);
        }
        assertThat(simulator.requirementStatus(id, "PIN")).contains("NOT_INITIATED");
    }

    @Test
    void presetPinRejectsPayloadsItCannotDecrypt() throws Exception {
        long id = http.createdOrderId(SimHttp.kioskOrder());

        assertThat(preset(id, "not-a-jwe").code()).isEqualTo(400);
        assertThat(preset(id, jwe("{\"pin\":\"1234\"}", JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asText())
                .isEqualTo("JWE enc must be A256GCM");
        assertThat(preset(id, jwe("1234", JWEAlgorithm.RSA1_5, EncryptionMethod.A256GCM))
                        .code())
                .isEqualTo(400);
    }

    @Test
    void presetPinChecksTheHeaderKeyVersionAndOrder() throws Exception {
        String payload = jwe("{\"pin\":\"1234\"}", JWEAlgorithm.RSA1_5, EncryptionMethod.A256GCM);
        String body = "{\"keyVersion\":1,\"encryptedPayload\":\"" + payload + "\"}";

        assertThat(http.post(PRESET, body).code()).isEqualTo(400);
        assertThat(preset(4242L, payload).code()).isEqualTo(404);
        long id = http.createdOrderId(SimHttp.kioskOrder());
        assertThat(http.post(
                                PRESET,
                                body.replace("\"keyVersion\":1", "\"keyVersion\":2"),
                                "x-tw-twcard-order-id",
                                "" + id)
                        .code())
                .isEqualTo(400);
        http.put(ORDERS + "/" + id + "/status", "{\"status\":\"CANCELLED\"}");
        assertThat(preset(id, payload).code()).isEqualTo(422);
    }
}
