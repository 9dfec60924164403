package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** A request as the simulator's routes see it. */
record SimRequest(String method, HttpUrl url, List<String> segments, Headers headers, byte[] body) {

    String header(String name) {
        return headers.get(name);
    }

    String query(String name) {
        return url.queryParameter(name);
    }

    /** Parses the body as a JSON object, answering 400 when it is not one. */
    JsonNode json() {
        return SimJson.parseBody(body);
    }

    /** Parses a numeric path segment, answering 400 when it is not a 64-bit integer. */
    long longSegment(int index, String name) {
        try {
            return Long.parseLong(segments.get(index));
        } catch (NumberFormatException e) {
            throw SimError.badRequest("error.path.invalid", name + " must be a 64-bit integer", name);
        }
    }
}
