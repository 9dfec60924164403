package io.github.wisecards.webhooks.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Lenient timestamp parsing: a value that does not parse gives null, never an exception. */
final class Timestamps {
    private Timestamps() {}

    /** Returns the instant of an ISO-8601 date-time with {@code Z} or an offset, else null. */
    static Instant parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
