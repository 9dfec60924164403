package io.github.wisecards.core.internal;

import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.errors.AuthenticationException;
import io.github.wisecards.core.errors.BadRequestException;
import io.github.wisecards.core.errors.ConflictException;
import io.github.wisecards.core.errors.NotFoundException;
import io.github.wisecards.core.errors.PermissionDeniedException;
import io.github.wisecards.core.errors.RateLimitException;
import io.github.wisecards.core.errors.RedirectNotFollowedException;
import io.github.wisecards.core.errors.ScaRequiredException;
import io.github.wisecards.core.errors.ServerException;
import io.github.wisecards.core.errors.UnexpectedStatusException;
import io.github.wisecards.core.errors.UnprocessableEntityException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import okhttp3.HttpUrl;

/** Maps an error response to the exception class of its status. */
public final class ExceptionMapper {
    private ExceptionMapper() {}

    /** Returns the exception for an error response. */
    public static ApiException map(ResponseContext r, Clock clock) {
        ApiException.Details d = details(r);
        int s = r.statusCode();
        switch (s) {
            case 400:
                return new BadRequestException(d);
            case 401:
                return new AuthenticationException(d);
            case 403:
                if (r.header("x-2fa-approval").isPresent()) {
                    return new ScaRequiredException(d);
                }
                return new PermissionDeniedException(d);
            case 404:
                return new NotFoundException(d);
            case 409:
                return new ConflictException(d);
            case 422:
                return new UnprocessableEntityException(d);
            case 429:
                return new RateLimitException(d, retryAfter(r, clock));
            default:
                if (s >= 300 && s <= 399) {
                    return new RedirectNotFollowedException(d, locationHost(r));
                }
                return s >= 500 && s <= 599 ? new ServerException(d) : new UnexpectedStatusException(d);
        }
    }

    private static List<ApiError> scrub(List<ApiError> errors, java.util.Collection<String> secrets) {
        List<ApiError> out = new java.util.ArrayList<>(errors.size());
        for (ApiError e : errors) {
            List<String> args = new java.util.ArrayList<>(e.arguments().size());
            e.arguments().forEach(a -> args.add(Redaction.scrub(a, secrets)));
            out.add(ApiError.of(
                    e.code().map(c -> Redaction.scrub(c, secrets)).orElse(null),
                    e.message().map(m -> Redaction.scrub(m, secrets)).orElse(null),
                    e.path().map(p -> Redaction.scrub(p, secrets)).orElse(null),
                    args));
        }
        return out;
    }

    /** Returns the host an absolute {@code Location} names, or null (absent, relative, unreadable). */
    private static String locationHost(ResponseContext r) {
        HttpUrl url = r.header("location").map(HttpUrl::parse).orElse(null);
        return url == null ? null : url.host();
    }

    /** Returns the details of an error response: errors parsed, body cut to 8 KiB. */
    public static ApiException.Details details(ResponseContext r) {
        return details(r, ErrorBodyParser.parse(r.body()));
    }

    /**
     * Returns the details of an error response with errors the caller read from its body. The
     * server's text (errors and raw body) is scrubbed: secrets the request carried are replaced and
     * card-token-shaped values masked, since a hostile or careless server may echo them.
     */
    public static ApiException.Details details(ResponseContext r, List<ApiError> errors) {
        return ApiException.Details.builder()
                .statusCode(r.statusCode())
                .method(r.method())
                .path(r.maskedPath())
                .traceId(r.traceId())
                .correlationId(r.correlationId())
                .idempotencyKey(r.idempotencyKey())
                .errors(scrub(errors, r.secrets()))
                .headers(r.headers())
                .rawBody(Redaction.scrub(cappedText(r.body(), ApiException.MAX_RAW_BODY_BYTES), r.secrets()))
                .build();
    }

    /**
     * Returns the {@code Retry-After} of a response, in seconds or as an HTTP-date, or null when
     * absent or unreadable. Negative waits become zero.
     */
    public static Duration retryAfter(ResponseContext r, Clock clock) {
        String value = r.header("retry-after").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.trim();
        try {
            long seconds = Long.parseLong(value);
            return Duration.ofSeconds(Math.max(0, seconds));
        } catch (NumberFormatException e) {
            // not seconds: try an HTTP-date
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Returns at most {@code maxBytes} of {@code body} as UTF-8 text, never splitting a character. */
    public static String cappedText(byte[] body, int maxBytes) {
        if (body == null || body.length == 0) {
            return "";
        }
        int n = Math.min(body.length, maxBytes);
        CharsetDecoder dec = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate(n);
        dec.decode(ByteBuffer.wrap(body, 0, n), out, n == body.length);
        out.flip();
        return out.toString();
    }
}
