package io.github.wisecards.databases.inbox;

import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signed webhook deliveries of distinct card-order events, written to a file so that a second JVM
 * feeds exactly the same events, with the public key that verifies them.
 */
final class SignedDeliveries {
    private static final String TEMPLATE = "{\"data\":{\"resource\":{\"type\":\"card-order\",\"profile_id\":\"123456\","
            + "\"client_id\":\"example-client\",\"card_token\":\"4dc0be88-903f-49e4-8237-735f1139e3dd\"},"
            + "\"order_id\":\"%s\",\"order_status\":\"PRODUCED\",\"occurred_at\":\"2024-01-01T12:24:56.123Z\"},"
            + "\"subscription_id\":\"01234567-89ab-cdef-0123-456789abcdef\","
            + "\"event_type\":\"cards#card-order-status-change\",\"schema_version\":\"2.0.0\","
            + "\"sent_at\":\"2024-01-01T12:24:57.000Z\"}";

    record Delivery(byte[] body, String signature) {
        WebhookHeaders headers() {
            return WebhookHeaders.of(Map.of(WebhookHeaders.SIGNATURE, signature));
        }
    }

    private final PublicKey publicKey;
    private final List<Delivery> deliveries;

    private SignedDeliveries(PublicKey publicKey, List<Delivery> deliveries) {
        this.publicKey = publicKey;
        this.deliveries = List.copyOf(deliveries);
    }

    static SignedDeliveries generate(int count, String orderPrefix) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Signature signer = Signature.getInstance("SHA256withRSA");
            List<Delivery> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte[] body = String.format(TEMPLATE, orderPrefix + i).getBytes(StandardCharsets.UTF_8);
                signer.initSign(keys.getPrivate());
                signer.update(body);
                out.add(new Delivery(body, Base64.getEncoder().encodeToString(signer.sign())));
            }
            return new SignedDeliveries(keys.getPublic(), out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Delivery> deliveries() {
        return deliveries;
    }

    WebhookVerifier verifier() {
        return WebhookVerifier.builder().addTrustedKey(publicKey).build();
    }

    /** Writes the key and deliveries: line 1 the key, then one "body signature" line each, Base64. */
    void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(Base64.getEncoder().encodeToString(publicKey.getEncoded()));
        for (Delivery d : deliveries) {
            lines.add(Base64.getEncoder().encodeToString(d.body()) + " " + d.signature());
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SignedDeliveries read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
            List<Delivery> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(" ");
                out.add(new Delivery(Base64.getDecoder().decode(parts[0]), parts[1]));
            }
            return new SignedDeliveries(key, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
