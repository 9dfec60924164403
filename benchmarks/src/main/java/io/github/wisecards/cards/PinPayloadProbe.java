package io.github.wisecards.cards;

import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * Benchmark access to the PIN preset's payload step, which the public API only runs inside an HTTP
 * call. Lives in the SDK's package on the benchmark class path (the benchmarks are not modular) and
 * repeats exactly what {@code CardOrderService.presetPin} does before sending: check the PIN, copy it
 * and zero the caller's array, encrypt the copy, zero the copy.
 */
public final class PinPayloadProbe {
    private PinPayloadProbe() {}

    /** Returns the JWE compact serialization {@code presetPin} would send, with the default algorithm. */
    public static String payload(char[] pin, RSAPublicKey key) {
        char[] copy;
        try {
            PinJweEncrypter.checkPin(pin);
            copy = pin.clone();
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
        try {
            return PinJweEncrypter.encrypt(copy, key, PinEncryptionAlgorithm.RSA1_5);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }
}
