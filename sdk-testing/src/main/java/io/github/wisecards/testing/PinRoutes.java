package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.RSADecrypter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.text.ParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The card-data host: the encryption key and the PIN preset. The PIN is checked and kept only as
 * a SHA-256 hash. Called under the state's lock.
 */
final class PinRoutes {
    private static final Set<JWEAlgorithm> ALGORITHMS = Set.of(JWEAlgorithm.RSA1_5, JWEAlgorithm.RSA_OAEP_256);
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    static final String ORDER_HEADER = "x-tw-twcard-order-id";

    private final SimulatorState state;
    private final KeyPair keyPair;
    private final boolean pem;

    PinRoutes(SimulatorState state, KeyPair keyPair, boolean pem) {
        this.state = state;
        this.keyPair = keyPair;
        this.pem = pem;
    }

    /** {@code GET /twcard-data/v1/clientSideEncryption/fetchEncryptingKey}. */
    SimResponse fetchKey() {
        ObjectNode n = SimJson.object();
        n.put("version", 1);
        n.put(
                "key",
                pem
                        ? WebhookSigner.pem(keyPair.getPublic())
                        : Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded()));
        return SimResponse.json(200, n);
    }

    /** {@code POST /twcard-data/v1/sensitive-card-data/preset-pin}. */
    SimResponse presetPin(SimRequest r) {
        String header = r.header(ORDER_HEADER);
        if (header == null || header.isBlank()) {
            throw SimError.badRequest("error.required", "The x-tw-twcard-order-id header is required", ORDER_HEADER);
        }
        long orderId;
        try {
            orderId = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw SimError.badRequest("error.invalid", "x-tw-twcard-order-id must be a card order ID", ORDER_HEADER);
        }
        JsonNode body = r.json();
        JsonNode version = body.get("keyVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() != 1) {
            throw SimError.badRequest("error.invalid", "keyVersion must be 1", "keyVersion");
        }
        String payload = SimJson.text(body, "encryptedPayload");
        if (payload == null || payload.isBlank()) {
            throw SimError.badRequest("error.required", "encryptedPayload is required", "encryptedPayload");
        }
        Decrypted decrypted = decryptPin(payload);
        SimOrder o;
        try {
            o = state.orderForApi(orderId);
        } catch (IllegalArgumentException e) {
            throw SimError.notFound("Card order " + orderId);
        }
        if (!o.requirements.containsKey("PIN")) {
            throw SimError.unprocessable(
                    "error.pin.not.required", "Card order " + orderId + " has no PIN requirement", ORDER_HEADER);
        }
        if (!"PLACED".equals(o.status) && !"REQUIREMENTS_FULFILLED".equals(o.status)) {
            throw SimError.unprocessable(
                    "error.card.order.status",
                    "A PIN can no longer be set on card order " + orderId + " in status " + o.status,
                    ORDER_HEADER);
        }
        o.pinHash = hash(decrypted.pin());
        o.pinAlgorithm = decrypted.algorithm();
        state.requirement(o, "PIN", "COMPLETED");
        ObjectNode n = SimJson.object();
        n.put("cardOrderId", String.valueOf(orderId));
        return SimResponse.json(200, n);
    }

    /** A preset's PIN and the JWE {@code alg} it arrived under. */
    private record Decrypted(String pin, String algorithm) {}

    private Decrypted decryptPin(String payload) {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(payload.trim());
        } catch (ParseException e) {
            throw invalidPayload("encryptedPayload is not a JWE compact serialization");
        }
        if (!ALGORITHMS.contains(jwe.getHeader().getAlgorithm())) {
            throw invalidPayload("JWE alg must be RSA1_5 or RSA-OAEP-256");
        }
        if (!EncryptionMethod.A256GCM.equals(jwe.getHeader().getEncryptionMethod())) {
            throw invalidPayload("JWE enc must be A256GCM");
        }
        try {
            jwe.decrypt(new RSADecrypter((RSAPrivateKey) keyPair.getPrivate()));
        } catch (JOSEException | IllegalStateException e) {
            throw invalidPayload("encryptedPayload cannot be decrypted with key version 1");
        }
        String pin;
        try {
            JsonNode plain = SimJson.MAPPER.readTree(jwe.getPayload().toBytes());
            pin = plain == null ? null : SimJson.text(plain, "pin");
        } catch (IOException e) {
            pin = null;
        }
        if (pin == null) {
            throw invalidPayload("The decrypted payload must be a JSON object with a pin field");
        }
        if (!FOUR_DIGITS.matcher(pin).matches()) {
            throw SimError.badRequest("error.pin.format", "The PIN must be exactly 4 digits", "pin");
        }
        return new Decrypted(pin, jwe.getHeader().getAlgorithm().getName());
    }

    static String hash(String pin) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(pin.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static SimError invalidPayload(String message) {
        return SimError.badRequest("error.encrypted.payload", message, "encryptedPayload");
    }
}
