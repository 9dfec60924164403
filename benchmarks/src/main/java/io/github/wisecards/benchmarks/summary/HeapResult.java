package io.github.wisecards.benchmarks.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Case 3's heap check, read from {@code heap.json}: used heap after GC at page 10 and page 100 of
 * each pager, {@code {"sdk": {"page10": bytes, "page100": bytes}, "raw": {..}, "retainingControl":
 * {..}}}. The control keeps every order it sees, to show the measurement would catch growth.
 *
 * @param pagers each pager's heap at page 10 and page 100, in file order
 */
public record HeapResult(Map<String, long[]> pagers) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads {@code file}; empty when absent. */
    public static Optional<HeapResult> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the JSON. */
    public static HeapResult parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a heap result", e);
        }
        Map<String, long[]> pagers = new LinkedHashMap<>();
        root.fields()
                .forEachRemaining(e -> pagers.put(e.getKey(), new long[] {
                    e.getValue().path("page10").asLong(),
                    e.getValue().path("page100").asLong()
                }));
        return new HeapResult(pagers);
    }

    /** Returns how much a pager's heap grew from page 10 to page 100, in bytes (negative when it shrank). */
    public long growth(String pager) {
        long[] v = pagers.get(pager);
        return v == null ? 0 : v[1] - v[0];
    }

    /** Returns whether the SDK pager's heap is flat: it grew by less than the allowed bytes. */
    public boolean sdkFlat() {
        return pagers.containsKey("sdk") && growth("sdk") < SuiteCases.HEAP_FLAT_MAX_GROWTH_BYTES;
    }
}
