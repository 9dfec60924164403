package io.github.wisecards.core.internal;

import io.github.wisecards.core.RequestAttempt;
import io.github.wisecards.core.RequestListener;
import java.util.List;
import okhttp3.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's HTTP logging, through SLF4J logger {@code io.github.wisecards.http}: one DEBUG line per
 * attempt; headers and bodies only at TRACE, with secrets redacted, card tokens masked and personal
 * data masked unless {@link io.github.wisecards.core.ClientOptions#logPersonalData()} is on.
 */
final class HttpLog {
    static final Logger LOG = LoggerFactory.getLogger("io.github.wisecards.http");

    private HttpLog() {}

    static void request(
            String method,
            String maskedPath,
            int attempt,
            Headers headers,
            byte[] body,
            String type,
            boolean maskPersonalData) {
        if (LOG.isTraceEnabled()) {
            LOG.trace(
                    "--> {} {} (attempt {}) headers={} body={}",
                    method,
                    maskedPath,
                    attempt,
                    headers(headers),
                    Redaction.body(body, type, List.of(), maskPersonalData));
        }
    }

    /** Returns whether {@link #response} logs anything (responses are logged at DEBUG and TRACE). */
    static boolean responsesLogged() {
        return LOG.isDebugEnabled();
    }

    static void response(
            RequestAttempt a,
            String maskedPath,
            Headers headers,
            byte[] body,
            String type,
            List<String> secrets,
            boolean maskPersonalData) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {} -> {} in {} ms (attempt {}, trace id {}){}",
                    a.method(),
                    maskedPath,
                    a.statusCode().isPresent() ? String.valueOf(a.statusCode().getAsInt()) : "failed",
                    a.duration().toMillis(),
                    a.attemptNumber(),
                    a.traceId().orElse("-"),
                    a.error()
                                    .map(e -> ": " + e.getClass().getSimpleName() + ": " + e.getMessage())
                                    .orElse("")
                            + (a.willRetry() ? " (will retry)" : ""));
        }
        if (LOG.isTraceEnabled() && headers != null) {
            LOG.trace(
                    "<-- headers={} body={}", headers(headers), Redaction.body(body, type, secrets, maskPersonalData));
        }
    }

    static void notify(List<RequestListener> listeners, RequestAttempt attempt) {
        for (RequestListener l : listeners) {
            try {
                l.onAttempt(attempt);
            } catch (RuntimeException e) {
                LOG.warn("RequestListener {} failed; ignored", l.getClass().getName(), e);
            }
        }
    }

    private static String headers(Headers headers) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            sb.append(i == 0 ? "" : ", ")
                    .append(name)
                    .append('=')
                    .append(Redaction.isSensitiveHeader(name) ? Redaction.REDACTED : headers.value(i));
        }
        return sb.append('}').toString();
    }
}
