package io.github.wisecards.examples;

import io.github.wisecards.core.ApiResponse;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints the demo's step-by-step narrative. Card tokens go through {@link #mask(String)}; access
 * tokens, PINs and full card tokens are never printed.
 */
final class Narrator {
    private final PrintStream out;
    private int step;

    Narrator(PrintStream out) {
        this.out = out;
    }

    void title(String text) {
        out.println(text);
        out.println("=".repeat(text.length()));
    }

    void step(String text) {
        step++;
        out.println();
        out.printf(Locale.ROOT, "Step %d. %s%n", step, text);
    }

    void say(String format, Object... args) {
        out.println("  " + String.format(Locale.ROOT, format, args));
    }

    /** A line about an HTTP call, ending with its {@code x-trace-id} (what Wise support asks for). */
    void call(ApiResponse<?> response, String format, Object... args) {
        say(
                "%s  [HTTP %d, x-trace-id %s]",
                String.format(Locale.ROOT, format, args),
                response.statusCode(),
                response.traceId().orElse("none"));
    }

    /** A step the demo performs only against the simulator, or skips against the sandbox. */
    void simulatorOnly(String format, Object... args) {
        say("(simulator) " + format, args);
    }

    void skipped(String format, Object... args) {
        say("(skipped in the sandbox) " + format, args);
    }

    void blank() {
        out.println();
    }

    void line(String text) {
        out.println(text);
    }

    int steps() {
        return step;
    }

    /**
     * Masks a card token to its last four characters ({@code ****e3dd}), the form the SDK's own logs
     * and messages use: a full card token never reaches the output.
     */
    static String mask(String cardToken) {
        return cardToken.length() <= 4 ? "****" : "****" + cardToken.substring(cardToken.length() - 4);
    }
}
