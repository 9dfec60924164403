package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.errors.ApiError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorBodyParserTest {
    private static List<ApiError> parse(String body) {
        return ErrorBodyParser.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void neverThrowsOnOddBodies() {
        assertThat(ErrorBodyParser.parse(null)).isEmpty();
        assertThat(parse("")).isEmpty();
        assertThat(parse("not json")).isEmpty();
        assertThat(parse("[1,2]")).isEmpty();
        assertThat(parse("\"text\"")).isEmpty();
        assertThat(parse("{\"errors\":")).isEmpty();
        assertThat(parse("{}")).isEmpty();
    }

    @Test
    void arrayFormKeepsEveryField() {
        assertThat(parse("{\"errors\":[{\"code\":\"c\",\"message\":\"m\",\"path\":\"p\",\"arguments\":[\"a\",1]},"
                        + "\"plain message\"],\"timestamp\":\"2024-01-01T00:00:00Z\"}"))
                .containsExactly(
                        ApiError.of("c", "m", "p", List.of("a", "1")), ApiError.of(null, "plain message", null, null));
    }

    @Test
    void addressValidationFieldFormIsRead() {
        assertThat(parse("{\"errors\":[{\"field\":\"postCode\",\"message\":\"Invalid post code\"}]}"))
                .containsExactly(ApiError.of(null, "Invalid post code", "postCode", null));
    }

    @Test
    void oauthErrorWithoutDescriptionIsRead() {
        assertThat(parse("{\"error\":\"invalid_grant\"}"))
                .containsExactly(ApiError.of("invalid_grant", null, null, null));
    }

    @Test
    void retryAfterParsesSecondsAndDatesAndIgnoresGarbage() {
        io.github.wisecards.core.FakeClock clock =
                new io.github.wisecards.core.FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ExceptionMapper.retryAfter(ctx("5"), clock)).isEqualTo(Duration.ofSeconds(5));
        assertThat(ExceptionMapper.retryAfter(ctx("-5"), clock)).isEqualTo(Duration.ZERO);
        assertThat(ExceptionMapper.retryAfter(ctx("Thu, 01 Jan 2026 00:00:30 GMT"), clock))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(ExceptionMapper.retryAfter(ctx("Wed, 31 Dec 2025 23:00:00 GMT"), clock))
                .isEqualTo(Duration.ZERO);
        assertThat(ExceptionMapper.retryAfter(ctx("soon"), clock)).isNull();
        assertThat(ExceptionMapper.retryAfter(ctx(null), clock)).isNull();
    }

    @Test
    void cappedTextNeverSplitsACharacter() {
        byte[] body = "aé".getBytes(StandardCharsets.UTF_8); // 1 + 2 bytes
        assertThat(ExceptionMapper.cappedText(body, 2)).isEqualTo("a");
        assertThat(ExceptionMapper.cappedText(body, 3)).isEqualTo("aé");
        assertThat(ExceptionMapper.cappedText(new byte[0], 3)).isEmpty();
    }

    private static ResponseContext ctx(String retryAfter) {
        Map<String, List<String>> headers = retryAfter == null ? Map.of() : Map.of("retry-after", List.of(retryAfter));
        return new ResponseContext(429, headers, new byte[0], "GET", "/x", 1, false, null, null, () -> null);
    }
}
