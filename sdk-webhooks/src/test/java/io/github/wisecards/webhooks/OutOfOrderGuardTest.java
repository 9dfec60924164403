package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.webhooks.event.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutOfOrderGuardTest {
    private static WebhookEvent cardStatus(String token, String status, String occurredAt) {
        String json = "{\"event_type\":\"cards#card-status-change\",\"schema_version\":\"2.0.0\",\"data\":"
                + "{\"resource\":{\"card_token\":\"" + token + "\"},\"card_status\":\"" + status
                + "\",\"occurred_at\":\"" + occurredAt + "\"}}";
        return WebhookVerifier.parseUnverified(WebhookHeaders.of(Map.of()), json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEventOlderThanTheLastAppliedForItsResourceIsStale() {
        OutOfOrderGuard guard = OutOfOrderGuard.inMemory();
        WebhookEvent frozen = cardStatus("card-1", "FROZEN", "2024-01-01T12:00:02Z");
        WebhookEvent activeEarlier = cardStatus("card-1", "ACTIVE", "2024-01-01T12:00:01Z");
        WebhookEvent otherCard = cardStatus("card-2", "ACTIVE", "2024-01-01T12:00:00Z");

        assertThat(guard.isStale(frozen)).isFalse();
        guard.markApplied(frozen);
        assertThat(guard.isStale(activeEarlier)).isTrue();
        assertThat(guard.isStale(otherCard)).isFalse();
        assertThat(guard.isStale(cardStatus("card-1", "BLOCKED", "2024-01-01T12:00:02Z")))
                .isFalse();

        guard.markApplied(activeEarlier);
        assertThat(guard.lastApplied("card:card-1")).contains(Instant.parse("2024-01-01T12:00:02Z"));
    }

    @Test
    void anEventWithoutAReadableOccurredAtIsNeverStale() {
        OutOfOrderGuard guard = OutOfOrderGuard.inMemory();
        guard.markApplied(cardStatus("card-1", "FROZEN", "2024-01-01T12:00:02Z"));
        WebhookEvent malformed = cardStatus("card-1", "ACTIVE", "2024-01-01T12:24:560Z");
        assertThat(guard.isStale(malformed)).isFalse();
        guard.markApplied(malformed);
        assertThat(guard.lastApplied("card:card-1")).contains(Instant.parse("2024-01-01T12:00:02Z"));
    }

    @Test
    void staticCheckComparesWithAStoredTime() {
        WebhookEvent event = cardStatus("card-1", "FROZEN", "2024-01-01T12:00:02Z");
        assertThat(OutOfOrderGuard.isOlder(event, Instant.parse("2024-01-01T12:00:03Z")))
                .isTrue();
        assertThat(OutOfOrderGuard.isOlder(event, Instant.parse("2024-01-01T12:00:02Z")))
                .isFalse();
        assertThat(OutOfOrderGuard.isOlder(event, null)).isFalse();
    }

    @Test
    void forgetsTheLeastRecentlyUsedResourceWhenFull() {
        OutOfOrderGuard guard = OutOfOrderGuard.inMemory(1);
        guard.markApplied(cardStatus("card-1", "FROZEN", "2024-01-01T12:00:02Z"));
        guard.markApplied(cardStatus("card-2", "FROZEN", "2024-01-01T12:00:02Z"));
        assertThat(guard.lastApplied("card:card-1")).isEmpty();
        assertThat(guard.lastApplied("card:card-2")).isPresent();
    }

    @Test
    void anInMemoryGuardRemembersAtLeastOneResource() {
        assertThatThrownBy(() -> OutOfOrderGuard.inMemory(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxResources");
        assertThat(OutOfOrderGuard.inMemory(1).toString()).isEqualTo("OutOfOrderGuard{maxResources=1}");
        assertThat(OutOfOrderGuard.inMemory().toString()).isEqualTo("OutOfOrderGuard{maxResources=100000}");
    }
}
