package io.github.wisecards.benchmarks;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import io.github.wisecards.cards.PinPayloadProbe;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 6: the PIN preset payload, a JWE ({@code RSA1_5} + {@code A256GCM}) of {@code {"pin":"...."}}:
 * the SDK's payload step against nimbus-jose-jwt called directly, with the same 2048-bit RSA key.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PinPayloadBenchmark {
    private static final char[] PIN = {'1', '2', '3', '4'};

    private RSAPublicKey key;

    /** Generates the card-data host's key stand-in. */
    @Setup
    public void generateKey() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        key = (RSAPublicKey) g.generateKeyPair().getPublic();
    }

    /** SDK: check the PIN, encrypt it, zero the arrays. */
    @Benchmark
    public String sdk() {
        return PinPayloadProbe.payload(PIN.clone(), key);
    }

    /** Raw nimbus-jose-jwt with the same key, algorithm and plaintext. */
    @Benchmark
    public String raw() throws JOSEException {
        char[] pin = PIN.clone();
        JWEObject jwe = new JWEObject(
                new JWEHeader(JWEAlgorithm.RSA1_5, EncryptionMethod.A256GCM),
                new Payload("{\"pin\":\"" + new String(pin) + "\"}"));
        jwe.encrypt(new RSAEncrypter(key));
        return jwe.serialize();
    }
}
