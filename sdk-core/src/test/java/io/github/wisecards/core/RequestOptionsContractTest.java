package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code X-idempotence-uuid} and {@code X-External-Correlation-Id} are {@code format: uuid}. */
class RequestOptionsContractTest {
    private static final String KEY = "054064c9-e01e-49fb-8fd9-b0990b9442f4";

    @ParameterizedTest
    @ValueSource(strings = {"order-8812", "checkout-8812", "054064c9e01e49fb8fd9b0990b9442f4", "1-1-1-1-1", " ", ""})
    void idempotencyKeyRefusesNonUuidNamingTheFieldWithoutEchoingTheValue(String key) {
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(key))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("idempotencyKey")
                .hasMessageContaining("UUID")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("idempotencyKey"))
                .satisfies(e -> {
                    if (!key.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(key);
                    }
                });
    }

    @Test
    void idempotencyKeyAcceptsAUuidStringInEitherCase() {
        assertThat(RequestOptions.builder().idempotencyKey(KEY).build().idempotencyKey())
                .contains(KEY);
        assertThat(RequestOptions.builder()
                        .idempotencyKey(KEY.toUpperCase(java.util.Locale.ROOT))
                        .build()
                        .idempotencyKey())
                .contains(KEY.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void idempotencyKeyAcceptsAJavaUtilUuid() {
        UUID key = UUID.fromString(KEY);
        assertThat(RequestOptions.builder().idempotencyKey(key).build().idempotencyKey())
                .contains(KEY);
    }

    @Test
    void idempotencyKeyDerivedFromABusinessIdIsStableAndDistinct() {
        UUID namespace = UUID.fromString("5b3c2c1e-6a8f-4d1e-9c57-2f0b6f2d9a41");
        RequestOptions first =
                RequestOptions.builder().idempotencyKey(namespace, "order-8812").build();
        RequestOptions again =
                RequestOptions.builder().idempotencyKey(namespace, "order-8812").build();
        RequestOptions other =
                RequestOptions.builder().idempotencyKey(namespace, "order-8813").build();

        assertThat(first.idempotencyKey()).isEqualTo(again.idempotencyKey());
        assertThat(first.idempotencyKey()).isNotEqualTo(other.idempotencyKey());
        UUID key = UUID.fromString(first.idempotencyKey().orElseThrow());
        assertThat(key.version()).isEqualTo(5);
        assertThat(key.variant()).isEqualTo(2);
    }

    @Test
    void derivedKeyIsTheRfcVersion5Uuid() {
        // RFC 4122 / RFC 9562 test vector: name "www.example.com" in the DNS namespace.
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(IdempotencyKeys.derive(dns, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void derivedKeyRefusesAnEmptyBusinessId() {
        UUID namespace = UUID.randomUUID();
        assertThatThrownBy(() -> IdempotencyKeys.derive(namespace, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("businessId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout-8812", "c-c-c-c-c", "f47ac10b-58cc-4372-a567-0e02b2c3d479x"})
    void correlationIdRefusesNonUuidNamingTheFieldWithoutEchoingTheValue(String id) {
        assertThatThrownBy(() -> RequestOptions.builder().correlationId(id))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("correlationId")
                .hasMessageContaining("UUID")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id));
    }

    @Test
    void correlationIdAcceptsAUuidStringOrAJavaUtilUuid() {
        String id = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
        assertThat(RequestOptions.builder().correlationId(id).build().correlationId())
                .contains(id);
        assertThat(RequestOptions.builder()
                        .correlationId(UUID.fromString(id))
                        .build()
                        .correlationId())
                .contains(id);
    }
}
