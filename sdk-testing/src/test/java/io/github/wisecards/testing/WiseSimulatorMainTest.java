package io.github.wisecards.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class WiseSimulatorMainTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MediaType JSON = MediaType.get("application/json");
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .callTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void portsComeFromTheArgumentsThenTheEnvironmentThenAnyFreePort() {
        Map<String, Integer> ports = WiseSimulatorMain.ports(
                new String[] {"--api-port", "18080"}, Map.of("WISE_SIM_API_PORT", "1", "WISE_SIM_ADMIN_PORT", "18082"));

        assertThat(ports)
                .containsExactly(
                        Map.entry("api-port", 18080), Map.entry("card-data-port", 0), Map.entry("admin-port", 18082));
    }

    @Test
    void theSimulatorListensOnTheFixedPortsItIsGiven() throws IOException {
        int api;
        int cardData;
        try (ServerSocket a = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket c = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            api = a.getLocalPort();
            cardData = c.getLocalPort();
        }

        try (WiseSimulator simulator =
                WiseSimulator.builder().ports(api, cardData).build().start()) {
            assertThat(simulator.apiBaseUrl()).isEqualTo("http://localhost:" + api);
            assertThat(simulator.cardDataBaseUrl()).isEqualTo("http://localhost:" + cardData);
        }
    }

    @Test
    void portsRefuseUnknownArgumentsAndNumbersOutsideThePortRange() {
        assertThatThrownBy(() -> WiseSimulatorMain.ports(new String[] {"--port", "1"}, Map.of()))
                .hasMessage("unknown argument --port");
        assertThatThrownBy(() -> WiseSimulatorMain.ports(new String[] {"--admin-port", "70000"}, Map.of()))
                .hasMessage("--admin-port: must be 0 (any free port) to 65535");
        assertThatThrownBy(() -> WiseSimulatorMain.ports(new String[0], Map.of("WISE_SIM_CARD_DATA_PORT", "x")))
                .hasMessage("WISE_SIM_CARD_DATA_PORT: must be a port number 0 to 65535");
        assertThatThrownBy(() -> WiseSimulator.builder().ports(18080, 18080))
                .hasMessage("cardDataPort: must differ from apiPort");
    }

    @Test
    void aSeparateProcessServesAFullKioskFlowOverPlainHttpWithTheAdminApiAndWebhooksAndStopsOnSigterm()
            throws Exception {
        Process process = start();
        try (MockWebServer receiver = new MockWebServer()) {
            receiver.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(200).build();
                }
            });
            receiver.start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> printed =
                    CompletableFuture.supplyAsync(() -> readUntilReady(out)).get(30, TimeUnit.SECONDS);
            assertThat(printed)
                    .containsKeys(
                            "WISE_SIM_API_BASE_URL",
                            "WISE_SIM_CARD_DATA_BASE_URL",
                            "WISE_SIM_ADMIN_BASE_URL",
                            "WISE_SIM_CLIENT_ID",
                            "WISE_SIM_CLIENT_SECRET",
                            "WISE_SIM_PROFILE_ID",
                            "WISE_SIM_REFRESH_TOKEN",
                            "WISE_SIM_ACCESS_TOKEN");
            String api = printed.get("WISE_SIM_API_BASE_URL");
            String admin = printed.get("WISE_SIM_ADMIN_BASE_URL");
            assertThat(List.of(api, printed.get("WISE_SIM_CARD_DATA_BASE_URL"), admin))
                    .allSatisfy(url -> assertThat(url).startsWith("http://localhost:"))
                    .doesNotHaveDuplicates();

            // OAuth: the user's refresh token, HTTP Basic client authentication.
            String basic = Credentials.basic(printed.get("WISE_SIM_CLIENT_ID"), printed.get("WISE_SIM_CLIENT_SECRET"));
            JsonNode token = json(send(
                    new Request.Builder()
                            .url(api + "/oauth/token")
                            .header("Authorization", basic)
                            .post(new FormBody.Builder()
                                    .add("grant_type", "refresh_token")
                                    .add("refresh_token", printed.get("WISE_SIM_REFRESH_TOKEN"))
                                    .build()),
                    200));
            String bearer = "Bearer " + token.get("access_token").asText();

            assertThat(json(admin(admin, "PUT", "/webhook", "{\"url\":\"" + receiver.url("/hooks") + "\"}", 200))
                            .get("url")
                            .asText())
                    .endsWith("/hooks");

            String profile = api + "/v3/spend/profiles/" + printed.get("WISE_SIM_PROFILE_ID");
            JsonNode order = json(send(
                    new Request.Builder()
                            .url(profile + "/card-orders")
                            .header("Authorization", bearer)
                            .header("X-idempotence-uuid", UUID.randomUUID().toString())
                            .post(RequestBody.create(SimHttp.kioskOrder(), JSON)),
                    200));
            long id = order.get("id").asLong();
            assertThat(order.get("status").asText()).isEqualTo("PLACED");

            JsonNode fulfilled = json(admin(admin, "POST", "/card-orders/" + id + "/requirements/complete", "", 200));
            assertThat(fulfilled.get("status").asText()).isEqualTo("CARD_DETAILS_CREATED");
            String cardToken = fulfilled.get("cardToken").asText();

            JsonNode producing = json(send(
                    new Request.Builder()
                            .url(profile + "/cards/" + cardToken + "/production")
                            .header("Authorization", bearer)
                            .put(RequestBody.create("{\"kioskId\":\"WIS00001\"}", JSON)),
                    200));
            assertThat(producing.get("status").asText()).isEqualTo("IN_PROGRESS");

            assertThat(json(admin(admin, "POST", "/productions/" + cardToken + "/complete", "", 200))
                            .get("status")
                            .asText())
                    .isEqualTo("PRODUCED");
            assertThat(json(send(
                                    new Request.Builder()
                                            .url(profile + "/card-orders/" + id)
                                            .header("Authorization", bearer),
                                    200))
                            .get("status")
                            .asText())
                    .isEqualTo("PRODUCED");

            List<String> productionStatuses = new ArrayList<>();
            RecordedRequest hook;
            while (!productionStatuses.contains("PRODUCED")
                    && (hook = receiver.takeRequest(5, TimeUnit.SECONDS)) != null) {
                assertThat(hook.getHeaders().get("X-Signature-SHA256")).isNotBlank();
                JsonNode event = MAPPER.readTree(hook.getBody().utf8());
                if (event.path("event_type").asText().equals(SimulatorState.PRODUCTION_EVENT)) {
                    productionStatuses.add(event.path("data").path("status").asText());
                }
            }
            assertThat(productionStatuses).containsSubsequence("READY", "IN_PROGRESS", "PRODUCED");

            // Errors have one shape; the admin paths exist only on the admin listener.
            assertThat(admin(admin, "GET", "/card-orders/999999", null, 404))
                    .isEqualTo("{\"error\":\"not_found\",\"message\":\"no card order 999999\"}");
            assertThat(admin(admin, "POST", "/productions/" + cardToken + "/complete", "", 409))
                    .contains("\"error\":\"conflict\"");
            send(
                    new Request.Builder()
                            .url(api + "/reset")
                            .header("Authorization", bearer)
                            .post(RequestBody.create("", JSON)),
                    404);

            assertThat(runDocsCurlBlock(printed, receiver.url("/readme-hooks").toString()))
                    .endsWith("PRODUCED");

            // SIGTERM through the handle, which (unlike Process.destroy) leaves the pipes open to read.
            assertThat(process.toHandle().destroy()).isTrue();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(out.readLine()).isEqualTo("WISE_SIM_STOPPED=true");
        } finally {
            process.destroyForcibly();
        }
    }

    /** Runs the standalone curl block of docs/testing.md as written, with the printed facts as environment. */
    private static String runDocsCurlBlock(Map<String, String> printed, String webhookUrl) throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "testing.md"), StandardCharsets.UTF_8);
        String block = doc.substring(
                doc.indexOf("<!-- standalone-curl:begin -->"), doc.indexOf("<!-- standalone-curl:end -->"));
        String script = block.substring(block.indexOf("```sh\n") + 6, block.lastIndexOf("```"));
        ProcessBuilder bash = new ProcessBuilder("bash", "-eu", "-o", "pipefail", "-c", script)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        bash.environment().putAll(printed);
        bash.environment().put("WEBHOOK_URL", webhookUrl);
        Process p = bash.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.strip();
    }

    private static Process start() throws IOException {
        String classPath = System.getProperty("java.class.path");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isBlank()) {
            classPath = modulePath + File.pathSeparator + classPath;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-cp", classPath, WiseSimulatorMain.class.getName(), "--api-port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("WISE_SIM_API_PORT");
        builder.environment().remove("WISE_SIM_CARD_DATA_PORT");
        builder.environment().remove("WISE_SIM_ADMIN_PORT");
        return builder.start();
    }

    private static Map<String, String> readUntilReady(BufferedReader out) {
        Map<String, String> printed = new LinkedHashMap<>();
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                int eq = line.indexOf('=');
                if (line.equals("WISE_SIM_READY=true")) {
                    return printed;
                }
                if (eq > 0) {
                    printed.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the simulator exited before it was ready: " + printed.keySet());
    }

    private static String admin(String admin, String method, String path, String body, int status) {
        RequestBody requestBody = body == null ? null : RequestBody.create(body, JSON);
        return send(new Request.Builder().url(admin + path).method(method, requestBody), status);
    }

    private static String send(Request.Builder request, int expectedStatus) {
        try (Response r = HTTP.newCall(request.build()).execute()) {
            String body = r.body().string();
            assertThat(r.code()).as("%s", body).isEqualTo(expectedStatus);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String body) throws IOException {
        return MAPPER.readTree(body);
    }
}
