package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone simulator's control API: a listener of its own on loopback, so that no admin
 * path can ever be mistaken for a Wise path on the API or card-data host, and the contract
 * checks of those hosts see only Wise traffic. JSON in and out; every error is {@code
 * {"error":"<code>","message":"<text>"}} with 400 {@code bad_request}, 404 {@code not_found},
 * 405 {@code method_not_allowed} or 409 {@code conflict}.
 */
final class AdminApi implements AutoCloseable {
    private static final Pattern ORDER = Pattern.compile("/card-orders/(\\d+)(/requirements/complete|/advance)?");
    private static final Pattern PRODUCTION = Pattern.compile("/productions/([^/]+)/(complete|fail)");

    private final WiseSimulator simulator;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wise-simulator-admin");
        t.setDaemon(true);
        return t;
    });

    AdminApi(WiseSimulator simulator, int port) {
        this.simulator = simulator;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            executor.shutdown();
            throw new UncheckedIOException("cannot start the admin API on port " + port, e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        // The same host name as the API and card-data listeners (MockWebServer's), bound to loopback.
        return "http://localhost:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int status = 200;
        JsonNode answer;
        try {
            JsonNode body = body(exchange.getRequestBody());
            answer = route(
                    exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    exchange.getRequestURI().getPath(),
                    body);
        } catch (AdminError e) {
            status = e.status;
            answer = error(e.code, e.getMessage());
        } catch (IllegalArgumentException e) {
            boolean unknown = String.valueOf(e.getMessage()).startsWith("no ");
            status = unknown ? 404 : 400;
            answer = error(unknown ? "not_found" : "bad_request", e.getMessage());
        } catch (IllegalStateException e) {
            status = 409;
            answer = error("conflict", e.getMessage());
        } catch (RuntimeException e) {
            status = 400;
            answer = error("bad_request", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        byte[] bytes = SimJson.bytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private JsonNode route(String method, String path, JsonNode body) {
        Matcher order = ORDER.matcher(path);
        if (order.matches()) {
            long id = Long.parseLong(order.group(1));
            if (order.group(2) == null) {
                allow(method, "GET");
                return orderAnswer(id);
            }
            allow(method, "POST");
            if (order.group(2).equals("/advance")) {
                simulator.advanceCardOrder(id, required(body, "status"));
            } else if (body.hasNonNull("type")) {
                simulator.completeRequirement(id, body.get("type").asText());
            } else {
                simulator.completeAllRequirements(id);
            }
            return orderAnswer(id);
        }
        Matcher production = PRODUCTION.matcher(path);
        if (production.matches()) {
            allow(method, "POST");
            String token = production.group(1);
            if (production.group(2).equals("complete")) {
                simulator.completeProduction(token);
            } else {
                simulator.failProduction(token, required(body, "errorCode"));
            }
            return SimJson.object()
                    .put("cardToken", token)
                    .put("status", simulator.productionStatus(token).orElse(null));
        }
        switch (path) {
            case "/health" -> {
                allow(method, "GET");
                return SimJson.object().put("status", "UP");
            }
            case "/productions/fail-next" -> {
                allow(method, "POST");
                String errorCode = required(body, "errorCode");
                if (body.hasNonNull("cardToken")) {
                    simulator.failNextProduction(body.get("cardToken").asText(), errorCode);
                } else {
                    simulator.failNextProduction(errorCode);
                }
                return SimJson.object().put("armed", true);
            }
            case "/webhook" -> {
                if (method.equals("DELETE")) {
                    simulator.unregisterWebhookUrl();
                    return SimJson.object().putNull("url");
                }
                if (method.equals("GET")) {
                    return SimJson.object()
                            .put("subscriptionId", simulator.webhookSubscriptionId())
                            .put("publicKeyPem", simulator.webhookPublicKeyPem());
                }
                allow(method, "PUT");
                String url = required(body, "url");
                simulator.registerWebhookUrl(url);
                return SimJson.object().put("url", url);
            }
            case "/faults" -> {
                if (method.equals("DELETE")) {
                    simulator.clearFaults();
                    return SimJson.object().put("cleared", true);
                }
                allow(method, "POST");
                int count = body.path("count").asInt(1);
                if (count < 1) {
                    throw new AdminError(400, "bad_request", "count: must be at least 1");
                }
                simulator.failNext(count, fault(body), text(body, "method"), text(body, "path"));
                return SimJson.object().put("armed", count);
            }
            case "/reset" -> {
                allow(method, "POST");
                simulator.reset();
                return SimJson.object().put("reset", true);
            }
            default -> throw new AdminError(404, "not_found", "no admin operation at " + path);
        }
    }

    private ObjectNode orderAnswer(long id) {
        ObjectNode n = SimJson.object().put("id", id).put("status", simulator.cardOrderStatus(id));
        n.put("cardToken", simulator.cardToken(id).orElse(null));
        return n;
    }

    private static Fault fault(JsonNode body) {
        String kind = required(body, "kind").toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "RATE_LIMITED" ->
                Fault.rateLimited(
                        Duration.ofSeconds(body.path("retryAfterSeconds").asLong(1)));
            case "SERVER_ERROR" -> Fault.serverError(body.path("status").asInt(503));
            case "DELAY" ->
                Fault.delay(Duration.ofMillis(body.path("delayMillis").asLong(0)));
            case "DISCONNECT" -> Fault.disconnect();
            case "DISCONNECT_AFTER_PROCESSING" -> Fault.disconnectAfterProcessing();
            default ->
                throw new AdminError(
                        400,
                        "bad_request",
                        "kind: must be one of RATE_LIMITED, SERVER_ERROR, DELAY, DISCONNECT,"
                                + " DISCONNECT_AFTER_PROCESSING");
        };
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new AdminError(405, "method_not_allowed", "use " + allowed);
        }
    }

    private static String required(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            throw new AdminError(400, "bad_request", field + ": required");
        }
        return value;
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static JsonNode body(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            return SimJson.object();
        }
        try {
            JsonNode n = SimJson.MAPPER.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new AdminError(400, "bad_request", "body: must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AdminError(400, "bad_request", "body: not JSON");
        }
    }

    private static ObjectNode error(String code, String message) {
        return SimJson.object().put("error", code).put("message", message);
    }

    private static final class AdminError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient int status;
        private final String code;

        AdminError(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
