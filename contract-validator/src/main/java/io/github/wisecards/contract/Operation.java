package io.github.wisecards.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One operation of the contract, as the validator uses it.
 *
 * @param id the operation id, for example {@code cardOrderCreate}
 * @param method the HTTP method, upper case
 * @param pathTemplate the path template, for example {@code /v3/spend/profiles/{profileId}/card-orders}
 * @param pointer the JSON pointer of the operation object in the contract document
 * @param parameters the parameters (path, query and header), with their schemas' pointers
 * @param requestBody the pointer of the request body's JSON schema, if the operation has a body
 * @param requestBodyRequired whether the request body is required
 * @param bearerAuth whether the operation needs {@code Authorization: Bearer <token>}
 * @param responses status code to the response's description
 */
public record Operation(
        String id,
        String method,
        String pathTemplate,
        String pointer,
        List<Parameter> parameters,
        Optional<String> requestBody,
        boolean requestBodyRequired,
        boolean bearerAuth,
        Map<Integer, ResponseSpec> responses) {

    /** Returns the template as a pattern whose groups are the path parameters, in order. */
    Pattern pathPattern() {
        StringBuilder regex = new StringBuilder();
        for (String segment : pathTemplate.substring(1).split("/", -1)) {
            regex.append('/');
            regex.append(segment.startsWith("{") ? "([^/]+)" : Pattern.quote(segment));
        }
        return Pattern.compile(regex.toString());
    }

    /** Returns the path parameters' names, in template order. */
    List<String> pathParameterNames() {
        return java.util.Arrays.stream(pathTemplate.substring(1).split("/"))
                .filter(s -> s.startsWith("{"))
                .map(s -> s.substring(1, s.length() - 1))
                .toList();
    }

    /** Returns how many template segments are literal, to prefer {@code /availability} over {@code /{id}}. */
    int literalSegments() {
        return (int) java.util.Arrays.stream(pathTemplate.split("/"))
                .filter(s -> !s.isEmpty() && !s.startsWith("{"))
                .count();
    }

    /**
     * A parameter of an operation.
     *
     * @param name its name, for example {@code X-idempotence-uuid}
     * @param in {@code path}, {@code query} or {@code header}
     * @param required whether it must be sent
     * @param schemaPointer the JSON pointer of its schema in the contract document
     */
    public record Parameter(String name, String in, boolean required, String schemaPointer) {}

    /**
     * A documented response.
     *
     * @param status the status code
     * @param bodySchemaPointer the pointer of the JSON body's schema, or empty when the response
     *     documents no body
     * @param headerSchemaPointers header name to the pointer of its schema
     */
    public record ResponseSpec(
            int status, Optional<String> bodySchemaPointer, Map<String, String> headerSchemaPointers) {}
}
