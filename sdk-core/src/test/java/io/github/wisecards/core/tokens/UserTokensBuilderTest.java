package io.github.wisecards.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings {@link UserTokens.Builder} accepts, and the grants' value semantics. */
class UserTokensBuilderTest {
    private static UserTokens.Builder builder() {
        return UserTokens.builder("client-id-1", "client-secret-s3cr3t");
    }

    @Test
    void durationsMustBePositiveAndRefreshAheadNotNegative() {
        assertThatCode(() -> builder().refreshAhead(Duration.ZERO)).doesNotThrowAnyException();
        assertThatThrownBy(() -> builder().refreshAhead(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refreshAhead: must not be negative");
        assertThatThrownBy(() -> builder().lease(Duration.ZERO)).hasMessage("lease: must be positive");
        assertThatThrownBy(() -> builder().maxWait(Duration.ofSeconds(-1))).hasMessage("maxWait: must be positive");
        assertThatThrownBy(() -> builder().pollInterval(Duration.ZERO)).hasMessage("pollInterval: must be positive");
        assertThatThrownBy(() -> builder().refreshAhead(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void settersReturnTheBuilder() {
        UserTokens.Builder b = builder();

        assertThat(b.refreshAhead(Duration.ofMinutes(1))).isSameAs(b);
        assertThat(b.lease(Duration.ofSeconds(5))).isSameAs(b);
        assertThat(b.maxWait(Duration.ofSeconds(5))).isSameAs(b);
        assertThat(b.pollInterval(Duration.ofMillis(5))).isSameAs(b);
        assertThat(b.maxRefreshesPerMinute(1)).isSameAs(b);
        assertThat(b.instanceId("i")).isSameAs(b);
    }

    @Test
    void atLeastOneRefreshPerMinuteIsAllowed() {
        assertThatCode(() -> builder().maxRefreshesPerMinute(1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> builder().maxRefreshesPerMinute(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRefreshesPerMinute: must be at least 1 but was 0");
    }

    @Test
    void anInstanceIdIsOneToFortyVisibleAsciiCharacters() {
        for (String id : new String[] {"!", "~", "x".repeat(40)}) {
            assertThatCode(() -> builder().instanceId(id)).doesNotThrowAnyException();
        }
        for (String id : new String[] {"", "x".repeat(41), "a b", "a\u007fb", "a\u0080b"}) {
            assertThatThrownBy(() -> builder().instanceId(id))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("instanceId: must be 1 to 40 visible ASCII characters");
        }
    }

    @Test
    void theBuilderShowsNoSecret() {
        assertThat(builder().toString()).isEqualTo("UserTokens.Builder(clientId=client-id-1, clientSecret=[REDACTED])");
    }

    @Test
    void grantsAreEqualByTypeSecretAndDetailAndShowOnlyTheirType() {
        UserGrant refresh = UserGrant.refreshToken("rt-1");
        UserGrant code = UserGrant.authorizationCode("code-1", "https://partner.example/cb");

        assertThat(refresh).isEqualTo(UserGrant.refreshToken("rt-1")).hasSameHashCodeAs(UserGrant.refreshToken("rt-1"));
        assertThat(refresh).isNotEqualTo(UserGrant.refreshToken("rt-2"));
        assertThat(refresh).doesNotHaveSameHashCodeAs(UserGrant.refreshToken("rt-2"));
        assertThat(code).isEqualTo(UserGrant.authorizationCode("code-1", "https://partner.example/cb"));
        assertThat(code).isNotEqualTo(UserGrant.authorizationCode("code-1", "https://other.example/cb"));
        assertThat(UserGrant.registrationCode("a@example.com", "rt-1"))
                .isNotEqualTo(refresh)
                .isNotEqualTo(UserGrant.registrationCode("b@example.com", "rt-1"));
        assertThat(refresh).isNotEqualTo("rt-1");
        assertThat(refresh.toString()).isEqualTo("UserGrant{refresh_token, [REDACTED]}");
        assertThat(code.toString()).isEqualTo("UserGrant{authorization_code, [REDACTED]}");
    }
}
