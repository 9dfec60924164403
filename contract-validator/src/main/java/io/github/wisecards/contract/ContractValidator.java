package io.github.wisecards.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Validates HTTP exchanges against the repository's contract, {@code contract/wise-cards.openapi.json}
 * (OpenAPI 3.1, derived from Wise's published description).
 *
 * <p>Requests: the operation exists (method and path); path and query parameters and headers
 * have their schema's type and format ({@code X-idempotence-uuid} and {@code
 * X-External-Correlation-Id} are {@code format: uuid}); required parameters and bodies are sent;
 * no undocumented query parameter is sent; the body is JSON valid against the operation's schema.
 * Responses: a 2xx status is one the operation documents; a documented status's body is JSON
 * valid against its schema (type, {@code required}, {@code enum}, formats); documented response
 * headers have their schema's format. A 4xx or 5xx status the operation does not document is
 * outside the contract (Wise documents its error shapes in prose only) and is not checked.
 *
 * <p>JSON Schema rules are evaluated by networknt json-schema-validator with the OpenAPI 3.1
 * dialect and format assertions on; the HTTP rules (operation, parameters, headers, bodies,
 * statuses) are this class's own. Each rule has a planted-violation test.
 *
 * <p>Thread-safe; {@link #wiseCards()} is loaded once per JVM.
 */
public final class ContractValidator {
    /** The class-path resource of the contract. */
    public static final String CONTRACT_RESOURCE = "/contract/wise-cards.openapi.json";

    private static final String DOCUMENT_ID = "https://contract.wisecards.invalid/wise-cards.openapi.json";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Set<String> OUT_OF_SCOPE_PATHS = Set.of("/oauth/token");

    private static volatile ContractValidator shared;

    private final JsonNode document;
    private final List<Operation> operations;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> schemaNodes = new ConcurrentHashMap<>();
    private final Map<String, Pattern> pathPatterns = new ConcurrentHashMap<>();

    private ContractValidator(String contractText) {
        this.document = JSON.readTree(contractText);
        this.operations = List.copyOf(readOperations(document));
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        // The contract's own extension members ("x-deviation") are annotations, not assertions.
        Dialect dialect = Dialect.builder(Dialects.getOpenApi31())
                .keyword(new NonValidationKeyword("x-deviation"))
                .build();
        this.registry = SchemaRegistry.withDialect(
                dialect, b -> b.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT_ID, contractText)));
    }

    /** Returns the validator of the repository's contract, loaded from the class path once. */
    public static ContractValidator wiseCards() {
        ContractValidator v = shared;
        if (v == null) {
            synchronized (ContractValidator.class) {
                v = shared;
                if (v == null) {
                    v = new ContractValidator(readResource(CONTRACT_RESOURCE));
                    shared = v;
                }
            }
        }
        return v;
    }

    /** Returns a validator of another contract document (for the validator's own tests). */
    static ContractValidator of(String contractText) {
        return new ContractValidator(contractText);
    }

    /** Returns every operation of the contract. */
    public List<Operation> operations() {
        return operations;
    }

    /** Returns the operation with this id. */
    public Operation operation(String operationId) {
        return operations.stream()
                .filter(o -> o.id().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in the contract"));
    }

    /** Returns the operation declared with this method and path template, for example {@code GET /v3/...}. */
    public Optional<Operation> declared(String method, String pathTemplate) {
        return operations.stream()
                .filter(o ->
                        o.method().equalsIgnoreCase(method) && o.pathTemplate().equals(pathTemplate))
                .findFirst();
    }

    /** Returns the URLs of the servers an operation is served from (its own, else the document's). */
    public List<String> serverUrls(String operationId) {
        JsonNode servers = document.at(operation(operationId).pointer() + "/servers");
        if (servers.isMissingNode()) {
            servers = document.path("servers");
        }
        List<String> urls = new ArrayList<>();
        servers.forEach(server -> urls.add(server.path("url").asString()));
        return List.copyOf(urls);
    }

    /**
     * Returns the operation a request goes to, preferring literal segments ({@code
     * /card-orders/availability} over {@code /card-orders/{cardOrderId}}).
     */
    public Optional<Operation> match(String method, String encodedPath) {
        return operations.stream()
                .filter(o -> o.method().equalsIgnoreCase(method))
                .filter(o -> pattern(o).matcher(encodedPath).matches())
                .max(Comparator.comparingInt(Operation::literalSegments));
    }

    /** Returns whether the path belongs to an API outside the card contract ({@code /oauth/token}). */
    public static boolean outOfScope(String encodedPath) {
        return OUT_OF_SCOPE_PATHS.contains(encodedPath);
    }

    /** Validates a request and, if there was one, its response. */
    public List<Violation> validate(HttpExchange exchange) {
        if (outOfScope(exchange.encodedPath())) {
            return List.of();
        }
        Optional<Operation> operation = match(exchange.method(), exchange.encodedPath());
        if (operation.isEmpty()) {
            return List.of(new Violation(
                    "(none)",
                    "/request",
                    "operation",
                    "no operation " + exchange.method() + " " + exchange.encodedPath() + " in the contract"));
        }
        List<Violation> out = new ArrayList<>(validateRequest(operation.get(), exchange));
        exchange.response().ifPresent(r -> {
            if (r.bodyUnread()) {
                out.add(new Violation(
                        operation.get().id(),
                        "/response/body",
                        "size",
                        "a streamed or oversized body was not validated"));
            } else {
                out.addAll(validateResponse(operation.get().id(), r.status(), r.headers(), r.body()));
            }
        });
        return List.copyOf(out);
    }

    /** Validates the request part of an exchange against an operation. */
    public List<Violation> validateRequest(Operation op, HttpExchange exchange) {
        List<Violation> out = new ArrayList<>();
        Matcher m = pattern(op).matcher(exchange.encodedPath());
        if (!m.matches()) {
            out.add(new Violation(op.id(), "/request/path", "path", "path does not match " + op.pathTemplate()));
            return out;
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<String> names = op.pathParameterNames();
        for (int i = 0; i < names.size(); i++) {
            pathValues.put(names.get(i), decode(m.group(i + 1)));
        }
        Map<String, List<String>> query = parseQuery(exchange.encodedQuery());
        for (Operation.Parameter p : op.parameters()) {
            String pointer = "/request/" + p.in() + "/" + escape(p.name());
            List<String> values = switch (p.in()) {
                case "path" -> pathValues.containsKey(p.name()) ? List.of(pathValues.get(p.name())) : List.of();
                case "query" -> query.getOrDefault(p.name(), List.of());
                case "header" -> exchange.requestHeaders().getOrDefault(p.name(), List.of());
                default -> List.of();
            };
            if (values.isEmpty()) {
                if (p.required()) {
                    out.add(new Violation(
                            op.id(), pointer, "required", p.in() + " parameter " + p.name() + " is missing"));
                }
                continue;
            }
            for (String value : values) {
                out.addAll(validateScalar(op.id(), pointer, p.schemaPointer(), value));
            }
        }
        for (String name : query.keySet()) {
            boolean documented = op.parameters().stream()
                    .anyMatch(p -> p.in().equals("query") && p.name().equals(name));
            if (!documented) {
                out.add(new Violation(
                        op.id(),
                        "/request/query/" + escape(name),
                        "undocumented",
                        "query parameter " + name + " is not in the contract"));
            }
        }
        if (op.bearerAuth()) {
            String auth = exchange.requestHeader("Authorization").orElse("");
            if (!auth.startsWith("Bearer ")
                    || auth.substring("Bearer ".length()).isBlank()) {
                out.add(new Violation(
                        op.id(),
                        "/request/header/Authorization",
                        "security",
                        "the operation needs a bearer token (UserToken)"));
            }
        }
        out.addAll(validateRequestBody(op, exchange));
        return out;
    }

    private List<Violation> validateRequestBody(Operation op, HttpExchange exchange) {
        byte[] body = exchange.requestBody();
        if (op.requestBody().isEmpty()) {
            return body.length == 0
                    ? List.of()
                    : List.of(new Violation(
                            op.id(), "/request/body", "undocumented", "a body was sent but the operation has none"));
        }
        if (body.length == 0) {
            return op.requestBodyRequired()
                    ? List.of(new Violation(op.id(), "/request/body", "required", "the request body is missing"))
                    : List.of();
        }
        List<Violation> out = new ArrayList<>();
        String contentType = exchange.requestHeader("Content-Type").orElse("");
        if (!isJson(contentType)) {
            out.add(new Violation(
                    op.id(),
                    "/request/header/Content-Type",
                    "media-type",
                    "the contract documents application/json, got '" + contentType + "'"));
        }
        out.addAll(validateJson(op.id(), "/request/body", op.requestBody().get(), exchange.requestBodyText()));
        return out;
    }

    /**
     * Validates a response against the operation's documented response for its status.
     *
     * @param operationId the operation, for example {@code cardOrderGet}
     */
    public List<Violation> validateResponse(
            String operationId, int status, Map<String, List<String>> headers, byte[] body) {
        Operation op = operation(operationId);
        Operation.ResponseSpec spec = op.responses().get(status);
        if (spec == null) {
            if (status < 400) {
                return List.of(new Violation(
                        operationId,
                        "/response/status",
                        "status",
                        "status " + status + " is not documented; documented: "
                                + op.responses().keySet()));
            }
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        Map<String, List<String>> h = HttpExchange.caseInsensitive(headers);
        spec.headerSchemaPointers().forEach((name, pointer) -> {
            for (String value : h.getOrDefault(name, List.of())) {
                out.addAll(validateScalar(operationId, "/response/header/" + escape(name), pointer, value));
            }
        });
        byte[] content = body == null ? new byte[0] : body;
        if (spec.bodySchemaPointer().isEmpty()) {
            if (content.length > 0) {
                out.add(new Violation(
                        operationId, "/response/body", "undocumented", "status " + status + " documents no body"));
            }
            return out;
        }
        if (content.length == 0) {
            if (status < 300) {
                out.add(new Violation(
                        operationId, "/response/body", "required", "status " + status + " documents a JSON body"));
            }
            return out;
        }
        List<String> contentType = h.getOrDefault("Content-Type", List.of());
        if (contentType.isEmpty() || !isJson(contentType.get(0))) {
            out.add(new Violation(
                    operationId,
                    "/response/header/Content-Type",
                    "media-type",
                    "the contract documents application/json, got " + contentType));
        }
        out.addAll(validateJson(
                operationId,
                "/response/body",
                spec.bodySchemaPointer().get(),
                new String(content, StandardCharsets.UTF_8)));
        return out;
    }

    /** Validates a JSON document (a fixture) against the response of an operation and status. */
    public List<Violation> validateResponseBody(String operationId, int status, String json) {
        return validateResponse(
                operationId,
                status,
                Map.of("Content-Type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** Validates a JSON document (a request fixture) against the request body of an operation. */
    public List<Violation> validateRequestBody(String operationId, String json) {
        Operation op = operation(operationId);
        String pointer =
                op.requestBody().orElseThrow(() -> new IllegalArgumentException(operationId + " has no request body"));
        return validateJson(operationId, "/request/body", pointer, json);
    }

    /**
     * Validates the value at {@code fixturePointer} in a JSON document against the contract's
     * schema at {@code schemaPointer} (a fragment of a fixture, such as an address).
     */
    public List<Violation> validatePart(String schemaPointer, String fixturePointer, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json).at(fixturePointer);
        } catch (JacksonException e) {
            return List.of(new Violation("(schema)", fixturePointer, "json", "not JSON: " + e.getOriginalMessage()));
        }
        if (node.isMissingNode()) {
            return List.of(new Violation("(schema)", fixturePointer, "json", "no value at " + fixturePointer));
        }
        if (document.at(schemaPointer).isMissingNode()) {
            throw new IllegalArgumentException("no schema at " + schemaPointer + " in the contract");
        }
        return toViolations("(schema)", fixturePointer, schema(schemaPointer).validate(node));
    }

    private List<Violation> validateJson(String operationId, String root, String schemaPointer, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return List.of(new Violation(operationId, root, "json", "not JSON: " + e.getOriginalMessage()));
        }
        return toViolations(operationId, root, schema(schemaPointer).validate(node));
    }

    private List<Violation> validateScalar(String operationId, String pointer, String schemaPointer, String value) {
        JsonNode schemaNode = schemaNodes.computeIfAbsent(schemaPointer, document::at);
        List<Violation> out = new ArrayList<>();
        for (Error e : schema(schemaPointer).validate(typed(schemaNode, value))) {
            out.add(new Violation(operationId, pointer, e.getKeyword(), e.getMessage()));
        }
        return out;
    }

    /** Reads a parameter's text as the JSON value its schema types it as, so that type rules apply. */
    private static JsonNode typed(JsonNode schema, String value) {
        JsonNode type = schema.path("type");
        boolean integer = type.isString() && type.asString().equals("integer");
        boolean number = type.isString() && type.asString().equals("number");
        try {
            if (integer) {
                return JsonNodeFactory.instance.numberNode(new BigInteger(value));
            }
            if (number) {
                return JsonNodeFactory.instance.numberNode(new BigDecimal(value));
            }
        } catch (NumberFormatException e) {
            // left as a string: the schema's type rule reports it
        }
        return JsonNodeFactory.instance.stringNode(value);
    }

    private static List<Violation> toViolations(String operationId, String root, List<Error> errors) {
        List<Violation> out = new ArrayList<>();
        for (Error e : errors) {
            String location = e.getInstanceLocation() == null
                    ? ""
                    : e.getInstanceLocation().toString();
            if (location.equals("/")) {
                location = "";
            }
            if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
                location = location + "/" + escape(e.getProperty());
            }
            out.add(new Violation(operationId, root + location, e.getKeyword(), e.getMessage()));
        }
        return out;
    }

    private Pattern pattern(Operation op) {
        return pathPatterns.computeIfAbsent(op.id(), id -> op.pathPattern());
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> {
            Schema s = registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + p));
            s.initializeValidators();
            return s;
        });
    }

    // ---- reading the contract ----

    private static List<Operation> readOperations(JsonNode doc) {
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            String pathPointer = "/paths/" + escape(path.getKey());
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (entry.getKey().equals("parameters")) {
                    continue;
                }
                String opPointer = pathPointer + "/" + entry.getKey();
                JsonNode op = entry.getValue();
                List<Operation.Parameter> params = new ArrayList<>();
                readParameters(doc, pathPointer + "/parameters", shared, params);
                List<JsonNode> own = new ArrayList<>();
                op.path("parameters").forEach(own::add);
                readParameters(doc, opPointer + "/parameters", own, params);
                Optional<String> body = Optional.empty();
                JsonNode requestBody = op.path("requestBody");
                if (requestBody.path("content").has("application/json")) {
                    body = Optional.of(opPointer + "/requestBody/content/application~1json/schema");
                }
                Map<Integer, Operation.ResponseSpec> responses = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> r : op.path("responses").properties()) {
                    int status = Integer.parseInt(r.getKey());
                    String responsePointer = opPointer + "/responses/" + r.getKey();
                    JsonNode response = r.getValue();
                    if (response.has("$ref")) {
                        responsePointer = refPointer(response.path("$ref").asString());
                        response = doc.at(responsePointer);
                    }
                    Optional<String> schema = response.path("content").has("application/json")
                            ? Optional.of(responsePointer + "/content/application~1json/schema")
                            : Optional.empty();
                    Map<String, String> headers = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> h :
                            response.path("headers").properties()) {
                        String headerPointer = responsePointer + "/headers/" + escape(h.getKey());
                        if (h.getValue().has("$ref")) {
                            headerPointer = refPointer(h.getValue().path("$ref").asString());
                        }
                        headers.put(h.getKey(), headerPointer + "/schema");
                    }
                    responses.put(status, new Operation.ResponseSpec(status, schema, Map.copyOf(headers)));
                }
                out.add(new Operation(
                        op.path("operationId").asString(),
                        entry.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        opPointer,
                        List.copyOf(params),
                        body,
                        requestBody.path("required").asBoolean(false),
                        !op.path("security").isEmpty(),
                        Map.copyOf(responses)));
            }
        }
        return out;
    }

    private static void readParameters(
            JsonNode doc, String listPointer, List<JsonNode> list, List<Operation.Parameter> into) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String pointer = listPointer + "/" + i;
            if (p.has("$ref")) {
                pointer = refPointer(p.path("$ref").asString());
                p = doc.at(pointer);
            }
            String name = p.path("name").asString();
            String in = p.path("in").asString();
            into.removeIf(existing ->
                    existing.name().equalsIgnoreCase(name) && existing.in().equals(in));
            into.add(new Operation.Parameter(
                    name, in, in.equals("path") || p.path("required").asBoolean(false), pointer + "/schema"));
        }
    }

    private static String refPointer(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalStateException("only local references are supported: " + ref);
        }
        return ref.substring(1);
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    static String readResource(String name) {
        try (InputStream in = ContractValidator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ContractValidator{" + operations.size() + " operations}";
    }
}
