package io.github.wisecards.benchmarks;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import io.github.wisecards.benchmarks.fixture.Fixtures;
import io.github.wisecards.benchmarks.fixture.SdkClients;
import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.cards.model.PinPresetResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 6: the PIN preset, a JWE ({@code RSA-OAEP-256} + {@code A256GCM}, the SDK default) of {@code {"pin":"...."}} sent to
 * the card-data host, with the network stubbed in memory (an OkHttp interceptor answers every call)
 * so the JWE dominates: the SDK's public {@code presetPin} (PIN check, copy and zeroing, cached key,
 * encryption, the call) against nimbus-jose-jwt plus the same stubbed OkHttp call, with the same
 * 2048-bit RSA key. Both sides go through public API only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PinPayloadBenchmark {
    private static final char[] PIN = {'1', '2', '3', '4'};
    private static final String PRESET_URL = "http://card-data.stub/twcard-data/v1/sensitive-card-data/preset-pin";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType JOSE = MediaType.get("application/jose");

    private RSAPublicKey key;
    private OkHttpClient stubbed;
    private CardsClient sdk;

    /** Generates the card-data host's key stand-in and a client whose calls never leave memory. */
    @Setup
    public void start() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        key = (RSAPublicKey) g.generateKeyPair().getPublic();
        String keyJson = "{\"version\":1,\"key\":\"" + Base64.getEncoder().encodeToString(key.getEncoded()) + "\"}";
        stubbed = new OkHttpClient.Builder()
                .addInterceptor(chain -> answer(chain, keyJson))
                .build();
        sdk = SdkClients.cards(stubbed, "http://api.stub/");
        sdk.cardOrders().fetchEncryptingKey(); // the key is cached by version, as in production
    }

    /** Closes the SDK client. */
    @TearDown
    public void stop() {
        sdk.close();
    }

    /** SDK: {@code presetPin} with the key already cached. */
    @Benchmark
    public PinPresetResult sdk() {
        return sdk.cardOrders().presetPin(Fixtures.CARD_ORDER_ID, PIN.clone());
    }

    /** Raw nimbus-jose-jwt with the same key, algorithm and plaintext, sent through the same stub. */
    @Benchmark
    public String raw() throws JOSEException, IOException {
        char[] pin = PIN.clone();
        JWEObject jwe = new JWEObject(
                new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM),
                new Payload("{\"pin\":\"" + new String(pin) + "\"}"));
        jwe.encrypt(new RSAEncrypter(key));
        Request request = new Request.Builder()
                .url(PRESET_URL)
                .header("x-tw-twcard-order-id", Long.toString(Fixtures.CARD_ORDER_ID))
                .post(RequestBody.create(jwe.serialize(), JOSE))
                .build();
        try (Response response = stubbed.newCall(request).execute()) {
            return response.body().string();
        }
    }

    private static Response answer(Interceptor.Chain chain, String keyJson) {
        Request request = chain.request();
        String body = request.url().encodedPath().endsWith("/fetchEncryptingKey")
                ? keyJson
                : "{\"cardOrderId\":\"" + Fixtures.CARD_ORDER_ID + "\"}";
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(body.getBytes(StandardCharsets.UTF_8), JSON))
                .build();
    }
}
