package io.github.wisecards.core.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * ISO-8601 instants as servers write them: Wise's UTC form read without the formatter's
 * allocations, other offsets ({@code +01:00}, {@code +0100}) through {@link
 * DateTimeFormatter#ISO_INSTANT}. Used by {@link JsonReader#instant()}.
 */
final class InstantText {
    private InstantText() {}

    /**
     * Returns the instant {@code text} names, or null when it is no ISO-8601 instant with an offset.
     *
     * @param text the trimmed text
     * @return the instant with every nanosecond kept, or null
     */
    static Instant parse(String text) {
        Instant fast = utcInstant(text);
        if (fast != null) {
            return fast;
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.parse(withColonInOffset(text), Instant::from);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    /**
     * Reads the form Wise sends, {@code 2023-07-31T01:43:24.596321434Z} (UTC, 0 to 9 fraction
     * digits), without the formatter's allocations; null for any other form, which the formatter
     * then reads (or refuses).
     */
    static Instant utcInstant(String s) {
        int n = s.length();
        if (n < 20
                || n > 30
                || s.charAt(n - 1) != 'Z'
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nano = 0;
        if (n > 20) {
            int fractionDigits = n - 21;
            int fraction = s.charAt(19) == '.' && fractionDigits >= 1 ? digits(s, 20, n - 1) : -1;
            if (fraction < 0) {
                return null;
            }
            nano = fraction * NANO_SCALE[fractionDigits];
        }
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || hour > 23
                || minute > 59
                || second > 59
                || hour < 0
                || minute < 0
                || second < 0) {
            return null; // a leap second or an odd form: the formatter decides
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nano);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of {@code s[from, to)}, or -1 unless every character is an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** An offset without a colon ({@code +0100}) at the end of the text. */
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("[+-][0-9]{4}$");

    /** {@code +0100} (no colon) is common in Java-built servers; ISO_INSTANT wants {@code +01:00}. */
    private static String withColonInOffset(String text) {
        if (OFFSET_WITHOUT_COLON.matcher(text).find()) {
            int n = text.length();
            return text.substring(0, n - 2) + ':' + text.substring(n - 2);
        }
        return text;
    }
}
